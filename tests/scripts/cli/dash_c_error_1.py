# lemonpy: args=-c "x = 1; print(x); 1/0"
# lemonpy: stderr=all
# An uncaught error in -c code: the traceback names "<string>".
print("not executed")
