# try/except/else/finally without an exception: try, else, finally.
try:
    print("try")
except Exception:
    print("except")
else:
    print("else")
finally:
    print("finally")
print("after")
