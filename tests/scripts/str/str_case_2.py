# the final sigma rule of str.lower
for w in ["\u03a3", "A\u03a3", "A\u03a3b", "A\u03a3 b", "\u039f\u0394\u03a3\u03a3\u0395\u03a5\u03a3",
          "A'\u03a3", "A\u03a3'", "A\u00ad\u03a3", "1\u03a3", "\u03a3\u03a3"]:
    print(ascii(w.lower()), ascii(w.title()), ascii(w.capitalize()))
