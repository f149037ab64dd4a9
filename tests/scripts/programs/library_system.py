# Library checkout system: classes, class methods, dict of objects, errors, reports.

class LibraryError(Exception):
    pass

class Book:
    _isbn = 1000

    def __init__(self, title, author, year, copies=1):
        Book._isbn += 1
        self.isbn = Book._isbn
        self.title, self.author, self.year = title, author, year
        self.copies = copies
        self.out = 0

    @property
    def available(self):
        return self.copies - self.out

    def __str__(self):
        return f"{self.title!r} by {self.author} ({self.year})"

    def __repr__(self):
        return f"Book({self.title!r}, {self.author!r}, {self.year})"

class Member:
    LIMIT = 2

    def __init__(self, name):
        self.name = name
        self.books = []
        self.fines = 0.0

    def __repr__(self):
        return f"<Member {self.name} books={len(self.books)} fines={self.fines:.2f}>"

class Student(Member):
    LIMIT = 3

class Library:
    def __init__(self):
        self.books = {}
        self.members = {}
        self.day = 0
        self.loans = {}

    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b

    def join(self, member):
        if member.name in self.members:
            raise LibraryError(f"{member.name} already a member")
        self.members[member.name] = member

    def find(self, **criteria):
        def match(b):
            return all(str(v).lower() in str(getattr(b, k)).lower() for k, v in criteria.items())
        return [b for b in self.books.values() if match(b)]

    def checkout(self, name, isbn):
        m = self.members.get(name)
        if m is None:
            raise LibraryError(f"unknown member {name}")
        b = self.books[isbn]
        if len(m.books) >= m.LIMIT:
            raise LibraryError(f"{name} has reached the limit of {m.LIMIT}")
        if b.available == 0:
            raise LibraryError(f"no copies of {b.title!r} left")
        b.out += 1
        m.books.append(b)
        self.loans[(name, isbn)] = self.day

    def checkin(self, name, isbn):
        start = self.loans.pop((name, isbn))
        m = self.members[name]
        b = self.books[isbn]
        m.books.remove(b)
        b.out -= 1
        late = max(0, self.day - start - 14)
        m.fines += late * 0.25
        return late

lib = Library()
books = [Book("Dune", "Herbert", 1965, 2), Book("Emma", "Austen", 1815), Book("Ulysses", "Joyce", 1922),
         Book("Persuasion", "Austen", 1817, 3), Book("Neuromancer", "Gibson", 1984)]
lib.add(*books)
for m in [Member("ann"), Student("ben"), Member("cat")]:
    lib.join(m)
try:
    lib.join(Member("ann"))
except LibraryError as e:
    print("error:", e)
print([str(b) for b in lib.find(author="austen")])
print(lib.find(year=19), lib.find(title="u", author="j"))
actions = [("ann", 1001), ("ben", 1001), ("cat", 1001), ("ann", 1002), ("ann", 1003),
           ("ben", 1003), ("ben", 1004), ("ben", 1005), ("dan", 1002)]
for name, isbn in actions:
    try:
        lib.checkout(name, isbn)
        print(f"day {lib.day}: {name} took {lib.books[isbn]}")
    except LibraryError as e:
        print(f"day {lib.day}: refused: {e}")
    lib.day += 3
for name, isbn in [("ann", 1001), ("ben", 1003), ("ben", 1004)]:
    lib.day += 7
    print(name, "returned", isbn, "late by", lib.checkin(name, isbn))
try:
    lib.checkin("cat", 1005)
except KeyError as e:
    print("KeyError:", e)
for m in lib.members.values():
    print(m, [b.title for b in m.books])
print(sorted(lib.books.values(), key=lambda b: (b.author, -b.year)))
report = {}
for b in lib.books.values():
    report.setdefault(b.author, []).append(b.available)
print(report, {a: sum(v) for a, v in report.items()})
print(f"{'title':<12}|{'avail':>5}|{'out':>3}")
for b in sorted(lib.books.values(), key=lambda b: b.title):
    print(f"{b.title:<12}|{b.available:>5}|{b.out:>3}")
print(Student.LIMIT, Member.LIMIT, lib.members["ben"].LIMIT, isinstance(lib.members["ben"], Member))
