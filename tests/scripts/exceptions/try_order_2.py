# try/except/else/finally with an exception: try, except, finally; the
# first matching except clause runs.
try:
    print("try")
    {}["missing"]
    print("not reached")
except IndexError:
    print("IndexError handler")
except LookupError as e:
    print("LookupError handler", repr(e))
except KeyError:
    print("KeyError handler (shadowed)")
else:
    print("else")
finally:
    print("finally")
