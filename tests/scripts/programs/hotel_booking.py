# Hotel reservations: overlapping date ranges, pricing rules, exceptions, reports.

class BookingError(Exception):
    pass

class Overlap(BookingError):
    def __init__(self, room, existing):
        super().__init__(f"room {room} already booked for nights {existing[0]}-{existing[1]}")
        self.existing = existing

class Room:
    RATES = {"single": 80, "double": 120, "suite": 300}

    def __init__(self, number, kind):
        if kind not in self.RATES:
            raise ValueError(f"unknown room kind {kind!r}")
        self.number, self.kind = number, kind
        self.bookings = []

    def is_free(self, start, end):
        for b in self.bookings:
            if start < b[1] and b[0] < end:
                return b
        return None

    def price(self, start, end):
        total = 0
        for night in range(start, end):
            rate = self.RATES[self.kind]
            if night % 7 in (5, 6):
                rate *= 1.25
            total += rate
        nights = end - start
        if nights >= 7:
            total *= 0.9
        return round(total, 2)

class Hotel:
    def __init__(self, rooms):
        self.rooms = {r.number: r for r in rooms}
        self.ledger = []

    def book(self, guest, number, start, end):
        if end <= start:
            raise BookingError(f"bad stay {start}-{end}")
        room = self.rooms.get(number)
        if room is None:
            raise BookingError(f"no room {number}")
        clash = room.is_free(start, end)
        if clash:
            raise Overlap(number, clash)
        room.bookings.append((start, end, guest))
        room.bookings.sort()
        cost = room.price(start, end)
        self.ledger.append((guest, number, start, end, cost))
        return cost

    def find(self, kind, start, end):
        return [n for n, r in sorted(self.rooms.items()) if r.kind == kind and not r.is_free(start, end)]

    def occupancy(self, night):
        return sum(1 for r in self.rooms.values() for b in r.bookings if b[0] <= night < b[1])

hotel = Hotel([Room(101, "single"), Room(102, "double"), Room(103, "double"), Room(201, "suite")])
requests = [("ann", 101, 0, 3), ("bob", 102, 2, 9), ("cy", 101, 2, 4), ("di", 201, 5, 7), ("ed", 103, 4, 4),
            ("fay", 999, 1, 2), ("gus", 102, 9, 12), ("hal", 201, 6, 8), ("ivy", 101, 3, 10)]
for guest, room, s, e in requests:
    try:
        cost = hotel.book(guest, room, s, e)
        print(f"{guest:4} room {room} nights {s}-{e}: ${cost:,.2f}")
    except Overlap as err:
        print(f"{guest:4} overlap: {err}; existing guest {err.existing[2]}")
    except BookingError as err:
        print(f"{guest:4} error: {err}")
try:
    Room(1, "penthouse")
except ValueError as err:
    print("ValueError:", err)
print("free doubles 3-5:", hotel.find("double", 3, 5), "free singles 10-11:", hotel.find("single", 10, 11))
print("occupancy:", [hotel.occupancy(n) for n in range(12)])
revenue = {}
for guest, room, s, e, cost in hotel.ledger:
    kind = hotel.rooms[room].kind
    revenue[kind] = revenue.get(kind, 0) + cost
print({k: f"{v:.2f}" for k, v in sorted(revenue.items())})
print(max(hotel.ledger, key=lambda t: t[4]), sum(t[4] for t in hotel.ledger))
for n, r in hotel.rooms.items():
    print(n, r.kind, [(b[2], b[0], b[1]) for b in r.bookings])
