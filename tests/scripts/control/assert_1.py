# assert: nothing when true; AssertionError with the message when false.
assert True
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert []
except AssertionError as e:
    print("no message:", e.args)
def msg():
    print("message evaluated")
    return "lazy"
assert True, msg()
try:
    assert False, msg()
except AssertionError as e:
    print(e)
