# compile, exec and eval: expressions return values, exec runs statements
# in the given namespace.
print(eval("1 + 2 * 3"))
ns = {}
exec("x = 10\ndef f(y):\n    return x + y", ns)
print(ns["x"], ns["f"](5))
print(eval("a * b", {"a": 3}, {"b": 4}))
code = compile("40 + 2", "<string>", "eval")
print(eval(code))
code = compile("print('from exec')", "<string>", "exec")
exec(code)
print(exec("1"))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
