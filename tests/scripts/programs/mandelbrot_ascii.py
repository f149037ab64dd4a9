# ASCII Mandelbrot and Julia sets, plus float statistics of the iteration counts.

def mandel(c, limit=60):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit

CHARS = " .:-=+*#%@"
rows = []
for y in range(12):
    im = 1.2 - y * 0.2
    row = ""
    for x in range(48):
        re = -2.1 + x * 0.06
        n = mandel(complex(re, im))
        row += CHARS[min(n * len(CHARS) // 61, len(CHARS) - 1)]
    rows.append(row.rstrip())
print("\n".join(rows))

def julia(z, c=complex(-0.8, 0.156), limit=40):
    for i in range(limit):
        if z.real * z.real + z.imag * z.imag > 4:
            return i
        z = z * z + c
    return limit

counts = []
for y in range(10):
    line = []
    for x in range(40):
        n = julia(complex(-1.6 + x * 0.08, -1.0 + y * 0.22))
        counts.append(n)
        line.append("#" if n == 40 else "+" if n > 10 else "." if n > 3 else " ")
    print("".join(line))
mean = sum(counts) / len(counts)
var = sum((c - mean) ** 2 for c in counts) / len(counts)
print(f"mean={mean:.4f} var={var:.4f} sd={var ** 0.5:.4f} max={max(counts)} inside={counts.count(40)}")
print(mandel(0j), mandel(1 + 0j), mandel(-1 + 0j), mandel(complex(-0.75, 0.1)), mandel(0.25 + 0.5j))
z = complex(0.3, 0.5)
for _ in range(5):
    z = z * z + complex(-0.4, 0.6)
    print(f"{z.real:+.6f} {z.imag:+.6f}j |z|={abs(z):.6f}", repr(round(z.real, 3)))
