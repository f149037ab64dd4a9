# compile() in the three modes, eval and exec.
exec(compile("1+2\n", "<s>", "single"))
exec(compile("for i in range(2): i\n", "<s>", "single"))
print(eval(compile("[x*2 for x in range(3)]", "<e>", "eval")))
c = compile("def f():\n  return 1\n", "<x>", "exec")
print(c.co_names, c.co_filename, c.co_name)
print(eval("lambda: 5")())
exec("import sys as s\nprint(s.maxsize > 0)")
