# str.is* predicates
samples = ["", "abc", "ABC", "Abc Def", "abc1", "123", "\u0661\u0662", "\u00b2", "\u2155",
           "\u4e00", " \t\n", "\u3000", "a b", "_x", "1x", "\u00e9t\u00e9", "\x00", "\u2028",
           "Hello World", "hello World", "\u01c5a", "\u2160", "ab\u0300"]
for s in samples:
    print(ascii(s), s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(),
          s.islower(), s.isupper(), s.istitle(), s.isspace(), s.isprintable(),
          s.isidentifier(), s.isascii())
