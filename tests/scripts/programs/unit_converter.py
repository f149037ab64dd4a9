# Unit conversion with dispatch tables, parsing quantities, errors and a conversion matrix.

LENGTH = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048, "yd": 0.9144, "mi": 1609.344}
MASS = {"g": 0.001, "kg": 1.0, "t": 1000.0, "oz": 0.028349523125, "lb": 0.45359237}
TEMP = {"C", "F", "K"}

class ConversionError(Exception):
    pass

def family(unit):
    for name, table in (("length", LENGTH), ("mass", MASS)):
        if unit in table:
            return name, table
    if unit in TEMP:
        return "temperature", None
    raise ConversionError(f"unknown unit {unit!r}")

def convert_temp(v, src, dst):
    k = {"C": lambda x: x + 273.15, "F": lambda x: (x - 32) * 5 / 9 + 273.15, "K": lambda x: x}[src](v)
    if k < 0:
        raise ConversionError(f"{v}{src} is below absolute zero")
    return {"C": lambda x: x - 273.15, "F": lambda x: (x - 273.15) * 9 / 5 + 32, "K": lambda x: x}[dst](k)

def convert(text):
    try:
        qty, rest = text.split(maxsplit=1)
        src, dst = [p.strip() for p in rest.split(" to ")]
    except ValueError:
        raise ConversionError(f"cannot parse {text!r}") from None
    value = float(qty)
    fs, ts = family(src), family(dst)
    if fs[0] != ts[0]:
        raise ConversionError(f"cannot convert {fs[0]} ({src}) to {ts[0]} ({dst})")
    if fs[0] == "temperature":
        return convert_temp(value, src, dst)
    return value * fs[1][src] / ts[1][dst]

queries = ["10 km to mi", "5.5 ft to cm", "1 mi to yd", "3 lb to kg", "250 g to oz", "100 C to F", "-40 F to C",
           "0 K to C", "-300 C to K", "12 in to kg", "7 parsecs to m", "hello", "1 t to lb", "98.6 F to K"]
for q in queries:
    try:
        r = convert(q)
        print(f"{q:16} = {r:.6g}  ({r!r})")
    except ConversionError as e:
        print(f"{q:16} ! {e}")
    except ValueError as e:
        print(f"{q:16} ? ValueError: {e}")
units = ["mm", "in", "ft", "m", "mi"]
print(" " * 6 + "".join(f"{u:>12}" for u in units))
for a in units:
    print(f"{a:>6}" + "".join(f"{LENGTH[a] / LENGTH[b]:>12.4g}" for b in units))
print(sorted(LENGTH, key=LENGTH.get), min(MASS.items(), key=lambda kv: kv[1]))
print({u: round(1 / f, 4) for u, f in MASS.items()})
