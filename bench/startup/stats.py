"""stats -- descriptive statistics on lists of numbers."""


def mean(xs):
    if not xs:
        raise ValueError("mean of no data")
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    if not n:
        raise ValueError("median of no data")
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


def mode(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    best = max(counts.values())
    return min(x for x, c in counts.items() if c == best)


def variance(xs):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / len(xs)


def stdev(xs):
    return variance(xs) ** 0.5


def histogram(xs, bins, lo=None, hi=None):
    lo = min(xs) if lo is None else lo
    hi = max(xs) if hi is None else hi
    width = (hi - lo) / bins or 1
    counts = [0] * bins
    for x in xs:
        i = min(int((x - lo) / width), bins - 1)
        counts[i] += 1
    return counts


def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    f = int(k)
    c = min(f + 1, len(s) - 1)
    return s[f] + (s[c] - s[f]) * (k - f)


def summary(xs):
    return {"n": len(xs), "mean": mean(xs), "median": median(xs),
            "stdev": stdev(xs), "min": min(xs), "max": max(xs)}
