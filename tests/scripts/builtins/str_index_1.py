# str holds code points: indexing and len count characters, not bytes.
s = "añ日😀b"
print(len(s), s[0], s[1], s[2], s[3], s[-1], s[1:4], s[::-1])
print([ord(c) for c in s], s.find("😀"), s.encode("utf-8"), len(s.encode("utf-8")))
print("ñ" < "日", sorted("b😀añ"), "日" * 3, s.upper())
