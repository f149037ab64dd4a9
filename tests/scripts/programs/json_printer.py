# A hand-written JSON encoder, pretty printer and a small parser.

def encode_str(s):
    out = ['"']
    esc = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}
    for ch in s:
        if ch in esc:
            out.append(esc[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append("\\u%04x" % ord(ch) if ord(ch) < 0x10000 else ch)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)

def encode(v, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        if v != v or v in (float("inf"), float("-inf")):
            raise ValueError(f"Out of range float values are not JSON compliant: {v!r}")
        return repr(v)
    if isinstance(v, str):
        return encode_str(v)
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        return "[" + sep.join(pad + encode(x, indent, level + 1) for x in v) + end + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = []
        for k, x in v.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(pad + encode_str(k) + ": " + encode(x, indent, level + 1))
        return "{" + sep.join(items) + end + "}"
    raise TypeError(f"Object of type {type(v).__name__} is not JSON serializable")

class Parser:
    def __init__(self, text):
        self.t = text
        self.i = 0
    def ws(self):
        while self.i < len(self.t) and self.t[self.i] in " \n\t\r":
            self.i += 1
    def parse(self):
        self.ws()
        ch = self.t[self.i]
        if ch == "{":
            self.i += 1
            d = {}
            self.ws()
            if self.t[self.i] == "}":
                self.i += 1
                return d
            while True:
                self.ws()
                k = self.parse()
                self.ws()
                assert self.t[self.i] == ":", f"expected ':' at {self.i}"
                self.i += 1
                d[k] = self.parse()
                self.ws()
                if self.t[self.i] == ",":
                    self.i += 1
                    continue
                assert self.t[self.i] == "}", f"expected '}}' at {self.i}"
                self.i += 1
                return d
        if ch == "[":
            self.i += 1
            lst = []
            self.ws()
            if self.t[self.i] == "]":
                self.i += 1
                return lst
            while True:
                lst.append(self.parse())
                self.ws()
                if self.t[self.i] == ",":
                    self.i += 1
                    continue
                self.i += 1
                return lst
        if ch == '"':
            j = self.i + 1
            buf = []
            while self.t[j] != '"':
                if self.t[j] == "\\":
                    nxt = self.t[j + 1]
                    if nxt == "u":
                        buf.append(chr(int(self.t[j + 2:j + 6], 16)))
                        j += 6
                        continue
                    buf.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}[nxt])
                    j += 2
                else:
                    buf.append(self.t[j])
                    j += 1
            self.i = j + 1
            return "".join(buf)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.t.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.t) and self.t[j] in "+-0123456789.eE":
            j += 1
        num = self.t[self.i:j]
        self.i = j
        return float(num) if any(c in num for c in ".eE") else int(num)

doc = {"name": "lemonpy", "version": [0, 4, 1], "stable": False, "ratio": 0.1 + 0.2,
       "tags": ["c", "python", "vm"], "meta": {"empty": {}, "none": None, "list": [],
       "nested": [{"a": 1}, {"b": [True, 2.5e-8, -0.0]}]}, "text": "line1\nline2 \"q\" é ☃"}
compact = encode(doc)
print(compact)
pretty = encode(doc, indent=2)
print(pretty)
back = Parser(pretty).parse()
print(back == doc, back["text"], back["meta"]["nested"][1])
print(Parser(" [1, -2.5e3, \"x\", [], {\"k\": [null]}] ").parse())
for bad in [{1: 2}, float("nan"), {1, 2}, [object]]:
    try:
        encode(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    Parser('{"a" 1}').parse()
except AssertionError as e:
    print("AssertionError:", e)
print(encode(list(range(3)), indent=4))
print(encode(1e100), encode(10 ** 30), encode(-7), encode(3.0))
