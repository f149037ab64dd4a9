# Weather log analysis: parsing, unit conversion, rolling averages, histogram.

LOG = """2024-07-01 22.5 C
2024-07-02 75.2 F
2024-07-03 24.1 C
2024-07-04 bad
2024-07-05 80.6 F
2024-07-06 19.0 C
2024-07-07 303.15 K
2024-07-08 -1.5 C
2024-07-09 23.0 X
2024-07-10 26.6 C"""

class ParseError(Exception):
    def __init__(self, lineno, reason):
        super().__init__(f"line {lineno}: {reason}")

def to_celsius(value, unit):
    if unit == "C":
        return value
    if unit == "F":
        return (value - 32) * 5 / 9
    if unit == "K":
        return value - 273.15
    raise ValueError(f"unknown unit {unit!r}")

readings, errors = [], []
for i, line in enumerate(LOG.splitlines(), 1):
    try:
        parts = line.split()
        if len(parts) != 3:
            raise ParseError(i, f"expected 3 fields, got {len(parts)}")
        date, value, unit = parts
        try:
            c = to_celsius(float(value), unit)
        except ValueError as e:
            raise ParseError(i, str(e)) from e
        readings.append((date, round(c, 2)))
    except ParseError as e:
        errors.append(str(e))
print(readings)
print(errors)
temps = [t for _, t in readings]
print(f"min {min(temps):.2f} max {max(temps):.2f} mean {sum(temps) / len(temps):.3f}")
def rolling(xs, k):
    return [round(sum(xs[i:i + k]) / k, 2) for i in range(len(xs) - k + 1)]
print(rolling(temps, 3))
def c_to_f(c):
    return c * 9 / 5 + 32
print([f"{c_to_f(t):.1f}" for t in temps])
buckets = {}
for t in temps:
    b = int(t // 5 * 5)
    buckets[b] = buckets.get(b, 0) + 1
for b in sorted(buckets):
    print(f"{b:>4}..{b + 5:<4}{'#' * buckets[b]}")
print(max(readings, key=lambda r: r[1])[0], min(readings, key=lambda r: r[1])[0])
hot = [d for d, t in readings if t > 25]
print("hot days:", hot, len(hot))
diffs = [round(b - a, 2) for a, b in zip(temps, temps[1:])]
print(diffs, max(diffs, key=abs))
print("%-12s %8s %8s" % ("date", "C", "F"))
for d, t in readings:
    print("%-12s %8.1f %8.1f" % (d, t, c_to_f(t)))
print(f"{-0.0:.1f}", f"{0.05:.1f}", f"{0.15:.1f}", f"{0.25:.1f}", f"{2.675:.2f}", round(-0.45, 1))
