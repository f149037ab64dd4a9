# Text layout: greedy word wrap, full justification, centered titles, boxes, columns.

TEXT = ("Python is an interpreted, high-level, general-purpose programming language. "
        "Its design philosophy emphasizes code readability with the use of significant "
        "indentation. Its language constructs and object-oriented approach aim to help "
        "programmers write clear, logical code for small and large-scale projects. "
        "Supercalifragilisticexpialidocious words are rare.")

def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        while len(word) > width:
            if cur:
                lines.append(cur)
                cur = ""
            lines.append(word[:width - 1] + "-")
            word = word[width - 1:]
        if not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= width:
            cur += " " + word
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines

def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]

def box(lines, title=None):
    w = max(map(len, lines))
    if title:
        w = max(w, len(title) + 2)
    top = "+" + (f" {title} ".center(w + 2, "-") if title else "-" * (w + 2)) + "+"
    body = [f"| {l:<{w}} |" for l in lines]
    return "\n".join([top] + body + ["+" + "-" * (w + 2) + "+"])

for width in (30, 45):
    lines = wrap(TEXT, width)
    print(f"width {width}: {len(lines)} lines")
    for l in lines[:-1]:
        print("|" + justify(l, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")
print(box(wrap(TEXT, 40)[:4], title="Python"))
print(box(["short"], title="a much longer title"))
words = sorted(set(w.strip(".,").lower() for w in TEXT.split()), key=lambda w: (-len(w), w))[:12]
cols = 3
rows = (len(words) + cols - 1) // cols
colw = max(map(len, words)) + 2
for r in range(rows):
    print("".join(f"{words[c * rows + r]:<{colw}}" for c in range(cols) if c * rows + r < len(words)).rstrip())
print("=" * 20)
for title in ["Menu", "Results", "x"]:
    print(f"{title:=^20}")
print(f"{'':-<20}")
def indent(text, prefix="    "):
    return "\n".join(prefix + l if l.strip() else l for l in text.splitlines())
print(indent("def f():\n\nreturn 1", "> "))
def dedent(text):
    lines = text.splitlines()
    margin = min(len(l) - len(l.lstrip()) for l in lines if l.strip())
    return "\n".join(l[margin:] for l in lines)
print(dedent("      a\n        b\n\n      c"))
print(repr(" ".join("a  b\tc\n d".split())), "tab\there".expandtabs(4), "x".center(6, "."), "abc".ljust(2))
