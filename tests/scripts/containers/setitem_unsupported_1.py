# item assignment/deletion on types without it: index keys converted first, "doesn't"/"does not" as CPython
class A: pass
for code in ['del x[0]', 'x[0]=1', 'del x["k"]', 'x[2**63]=1', 'del x[2**63]', 'del x[:2]', 'x[True] = 1', 'del x[-1]']:
  for x in [A(), None, (), 1.5, frozenset(), {}.keys(), (i for i in []), len, [1], "ab", range(3), b"x", 5]:
    try: exec(code, {'x': x})
    except Exception as e: print(code, type(x).__name__, type(e).__name__, e)
