"""cgen.py -- helpers shared by the scripts that write C source (gen_*.py).

Import with:  sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
              from cgen import c_str, write_or_check
"""
import sys


def c_str(data):
    """[data] (bytes, or str written as UTF-8 with lone surrogates kept) as a
    C string literal: printable ASCII as is, newline as \\n, the rest as
    octal escapes (never greedy, unlike \\x), and '"', '\\' and '?' escaped
    (the last against trigraphs)."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    out = []
    for b in data:
        c = chr(b)
        if c in '"\\?':
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


def write_or_check(path, text, check, who):
    """Writes [text] to [path], or with [check] exits 1 (naming the generator
    [who]) when [path] does not already hold exactly [text]."""
    if check:
        try:
            with open(path, encoding="utf-8") as f:
                old = f.read()
        except FileNotFoundError:
            old = None
        if old != text:
            sys.exit("%s: %s is stale; run scripts/%s.py" % (who, path, who))
        return
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
