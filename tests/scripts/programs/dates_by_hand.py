# Date arithmetic implemented by hand: leap years, day of week, differences.

DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS[m - 1]

class Date:
    __slots__ = ("y", "m", "d")

    def __init__(self, y, m, d):
        if not 1 <= m <= 12:
            raise ValueError(f"month {m} out of range")
        if not 1 <= d <= days_in_month(y, m):
            raise ValueError(f"day {d} out of range for {MONTHS[m - 1]} {y}")
        self.y, self.m, self.d = y, m, d

    def ordinal(self):
        y = self.y - 1
        n = y * 365 + y // 4 - y // 100 + y // 400
        n += sum(days_in_month(self.y, k) for k in range(1, self.m))
        return n + self.d

    @staticmethod
    def from_ordinal(n):
        y = 1
        while True:
            ylen = 366 if is_leap(y) else 365
            if n <= ylen:
                break
            n -= ylen
            y += 1
        m = 1
        while n > days_in_month(y, m):
            n -= days_in_month(y, m)
            m += 1
        return Date(y, m, n)

    def weekday(self):
        return NAMES[(self.ordinal() - 1) % 7]

    def __sub__(self, other):
        if isinstance(other, Date):
            return self.ordinal() - other.ordinal()
        return Date.from_ordinal(self.ordinal() - other)

    def __add__(self, days):
        return Date.from_ordinal(self.ordinal() + days)

    def __lt__(self, other):
        return (self.y, self.m, self.d) < (other.y, other.m, other.d)

    def __str__(self):
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"

    def __repr__(self):
        return f"Date({self.y}, {self.m}, {self.d})"

print([y for y in range(1896, 1920) if is_leap(y)], is_leap(2000), is_leap(1900))
d = Date(2024, 2, 28)
print(d, d + 1, d + 2, d + 366, d - 59, repr(d - 365))
print(Date(2000, 1, 1).weekday(), Date(1969, 7, 20).weekday(), Date(2024, 12, 25).weekday())
print(Date(2024, 12, 25) - Date(2024, 1, 1), Date(2000, 1, 1) - Date(1900, 1, 1))
print(Date(1, 1, 1).ordinal(), Date(2024, 3, 1).ordinal(), Date.from_ordinal(738000))
for bad in [(2023, 2, 29), (2024, 13, 1), (2024, 4, 31)]:
    try:
        Date(*bad)
    except ValueError as e:
        print("ValueError:", e)
dates = [Date(2020, 5, 17), Date(1999, 12, 31), Date(2020, 5, 3), Date(2001, 1, 1)]
print(sorted(dates), min(dates), max(dates))
try:
    d.extra = 1
except AttributeError as e:
    print("AttributeError:", e)

def calendar(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20), "Mo Tu We Th Fr Sa Su"]
    first = NAMES.index(Date(y, m, 1).weekday())
    cells = ["  "] * first + [f"{k:2d}" for k in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(calendar(2024, 2))
print(calendar(2026, 11))
secs = 987654
h, rem = divmod(secs, 3600)
mnt, s = divmod(rem, 60)
print(f"{secs}s = {h // 24}d {h % 24:02d}:{mnt:02d}:{s:02d}")
