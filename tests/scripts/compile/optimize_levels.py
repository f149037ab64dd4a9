# compile(..., optimize=N): 1 drops asserts and makes __debug__ False, 2
# drops docstrings too; -1 is the interpreter's level; others are errors.
SRC = '''"""module doc"""
def f():
    "function doc"
    return 1
class C:
    "class doc"
    def m(self):
        "method doc"
print(__debug__, __doc__, f.__doc__, C.__doc__, C.m.__doc__)
if __debug__:
    print("debug block")
try:
    assert False, "boom"
    print("no assert")
except AssertionError as e:
    print("assert", e)
'''

for level in (-1, 0, 1, 2, False, True):
    print("level", level)
    exec(compile(SRC, "<opt>", "exec", optimize=level), {"__name__": "m", "__doc__": "unset"})

code = compile('def g():\n    "doc"\n    return 2\n', "<opt>", "exec", optimize=2)
print(code.co_consts[0].co_consts[0])
code = compile('def g():\n    "doc"\n    return 2\n', "<opt>", "exec", optimize=1)
print(code.co_consts[0].co_consts[0])
print(eval(compile("__debug__", "<e>", "eval", optimize=1)))

for bad in (3, -2, 10**30, "1", 1.0, None):
    try:
        compile("1", "<bad>", "exec", optimize=bad)
    except Exception as e:
        print(type(e).__name__, e)

# a syntax error leaves the level as it was
try:
    compile("def f(:", "<bad>", "exec", optimize=2)
except SyntaxError as e:
    print("SyntaxError", e.msg)
exec(compile('def h():\n    "kept"\nprint(h.__doc__)\n', "<opt>", "exec"))
