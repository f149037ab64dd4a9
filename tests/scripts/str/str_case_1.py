# case mapping with full Unicode mappings
words = ["hello world", "Stra\u00dfe", "\u0130stanbul", "\u01c4\u01c5\u01c6", "\ufb01ne",
         "\u03a3\u039f\u03a3", "\u1f80\u1f88", "they're bill's", "hello\u00b2world", "\u0149"]
for w in words:
    print(w.upper(), w.lower(), w.casefold(), w.title(), w.capitalize(), w.swapcase())
