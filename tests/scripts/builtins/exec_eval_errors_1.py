# exec/eval/compile: namespaces and errors.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
ns = {}
exec("x = 10\ndef f(y):\n    return x + y", ns)
print(ns["x"], ns["f"](5), exec("1"), "__builtins__" in ns)
print(eval("1 + 2"), eval("a * b", {"a": 3}, {"b": 4}), eval("  7"), eval(compile("40 + 2", "<s>", "eval")))
def local_eval():
    z = 5
    return eval("z + 1")
print(local_eval())
t(lambda: eval(1)); t(lambda: exec(1)); t(lambda: eval("1+", {})); t(lambda: eval("x", 1))
t(lambda: eval("x", {}, 1)); t(lambda: exec("x", None, 1)); t(lambda: exec("x", 1))
t(lambda: compile("1", "f", "x")); t(lambda: compile(1, "f", "exec")); t(lambda: eval("undefined_name"))
try:
    exec("def f(:\n  pass", {})
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text))
