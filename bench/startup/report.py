"""report -- plain-text tables and bar charts."""
import textutil


def table(headers, rows, title=None):
    cells = [list(map(str, headers))] + [[fmt(c) for c in r] for r in rows]
    lines = textutil.pad_table(cells)
    rule = "-" * max(len(l) for l in lines)
    out = ([title.center(len(rule)), rule] if title else []) + [lines[0], rule] + lines[1:]
    return "\n".join(l.rstrip() for l in out)


def fmt(value):
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,d}"
    return str(value)


def bar_chart(pairs, width=30, char="#"):
    top = max(v for _, v in pairs) or 1
    label = max(len(str(k)) for k, _ in pairs)
    return "\n".join(f"{str(k):>{label}} {char * round(v * width / top)} {v}"
                     for k, v in pairs)


def checksum(text):
    h = 0
    for ch in text:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h
