# ASCII strings: repr and every case mapping (the fast paths)
samples = ["", "a", "hello world", "HELLO", "hElLo WoRlD", "it's", 'say "x"', "both ' \"",
           "tab\tnew\nret\r", "nul\x00del\x7f", "1abc 2DEF _ghi-jKL", "they're bill's friends",
           "   ", "a1b2c3", "ABC def GHI", "x" * 70, "back\\slash", "\x01\x1f~ "]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.casefold(), s.swapcase(), s.title(),
          s.capitalize(), s.isupper(), s.islower(), s.istitle(), sep="|")
