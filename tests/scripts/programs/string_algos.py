# String exercises: ciphers, RLE, roman numerals, number words, anagrams, palindromes.

def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)

def vigenere(text, key, decrypt=False):
    res, k = [], 0
    for ch in text:
        if ch.isalpha():
            s = ord(key[k % len(key)].lower()) - 97
            s = -s if decrypt else s
            base = 65 if ch.isupper() else 97
            res.append(chr((ord(ch) - base + s) % 26 + base))
            k += 1
        else:
            res.append(ch)
    return "".join(res)

def rle(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = ch, 1
    out.append(f"{n}{prev}")
    return "".join(out)

def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n):
    out = ""
    for v, s in ROMAN:
        while n >= v:
            out += s
            n -= v
    return out

def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    return total

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" and " + words(n % 100) if n % 100 else "")
    for div, name in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")):
        if n >= div:
            rest = n % div
            return words(n // div) + " " + name + ((", " if rest >= 100 else " and ") + words(rest) if rest else "")

msg = "Hello, World! Attack at dawn."
enc = caesar(msg, 3)
print(enc, "|", caesar(enc, -3))
v = vigenere(msg, "Lemon")
print(v, "|", vigenere(v, "Lemon", decrypt=True))
for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabcccd", ""]:
    r = rle(s)
    print(repr(r), unrle(r) == s)
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
for n in [0, 7, 13, 21, 100, 101, 342, 1000, 1001, 12345, 1000000, 987654321]:
    print(n, words(n))
ws = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in ws:
    groups.setdefault("".join(sorted(w)), []).append(w)
print([g for g in groups.values() if len(g) > 1])

def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
for s in ["A man, a plan, a canal: Panama", "race a car", "No 'x' in Nixon", "", "ab"]:
    print(f"{s!r:35} {is_pal(s)}")

def longest_pal(s):
    best = ""
    for i in range(len(s)):
        for lo, hi in ((i, i), (i, i + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best
print(longest_pal("forgeeksskeegfor"), longest_pal("babad"), longest_pal("cbbd"))
print("".join(sorted(set("mississippi"))), "mississippi".count("ss"), "mississippi".replace("ss", "SS"))
print("  padded  ".strip(), "xxhixx".strip("x"), "hello".zfill(8), "-42".zfill(6), "+7".zfill(4))
print("a,b,,c".split(","), "a b  c".split(), "a b  c".split(" "), "1.2.3".rsplit(".", 1), "x".split("x"))
print("Hello World".istitle(), "hello".islower(), "HELLO1".isupper(), "123".isdigit(), "12.3".isdecimal(), " ".isspace(), "abc123".isalnum())
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")))
print("tab\tsep\tcols".expandtabs(8), "x".ljust(5, ".") + "|", "x".rjust(5) + "|")
print("%s" % "ünïcödé".upper(), "straße".upper(), "ǅ".lower(), "İ".lower().encode())
print(ord("€"), chr(8364), "€".encode("utf-8"), b"\xe2\x82\xac".decode(), len("😀"), "😀".encode())
print("abc" < "abd", "Z" < "a", "apple" > "app", sorted(["b", "B", "a", "A", "_"]), max("hello"))
print("-".join(str(i) for i in range(5)), "".join(reversed("stressed")), "ab" * 3, 3 * "-")
print("hello world".startswith(("he", "x")), "file.py".endswith(".py"), "abc".find("c", 1, 2))
print("The Cat".casefold(), "ﬀ".upper(), "x".center(4, "*"), "title case here".title(), "o'neil's".title())
