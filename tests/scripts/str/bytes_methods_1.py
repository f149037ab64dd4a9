# bytes methods
b = b"  Hello World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.split(), b.split(b"o"), b.rsplit(None, 1))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.strip().capitalize())
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.find(111), b.replace(b"l", b"L", 2))
print(b.startswith(b"  H"), b.endswith((b"x", b"  ")), b"abc".isalpha(), b"12".isdigit(), b"a1".isalnum())
print(b"ab".islower(), b"AB".isupper(), b"Ab Cd".istitle(), b" \t".isspace(), b"\x80".isascii())
print(b",".join([b"a", bytearray(b"b")]), b"a=b".partition(b"="), b"a=b=c".rpartition(b"="))
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"-5".zfill(4), b"a\tb".expandtabs(4))
print(b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True), b"pre_x".removeprefix(b"pre_"))
print(b"caf\xc3\xa9".decode(), b"\xff".decode("latin-1"), b"abc".hex("-", 2))
