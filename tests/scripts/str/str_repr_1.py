# repr of str: quote choice and escapes
for s in ["", "a", "it's", 'say "hi"', 'both \' and "', "back\\slash", "\t\n\r\x00\x1f\x7f",
          "\x80\xa0\xad\xe9", "\u20ac\u200b\u2028\ufeff", "\ud800\udfff", "\U0001f600\U000e0001",
          "\U0010ffff", "\u0378"]:
    print(repr(s), ascii(s))
