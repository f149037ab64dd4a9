# format() of str with the format mini-language
def show(spec):
    try:
        print(repr(spec), repr(format("ab\u20ac", spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)

for spec in ["", "8", "<8", ">8", "^8", "*^9", "\u00e9>6", "0<5", ".1", "8.2", "08", ">08",
             "=5", "+", " ", "-", "z", "#", ",", "_", ",_", "_,", "d", "xx", ".", "s", "10s",
             "99999999999999999999", ".5,", "%", "\u00f1", "00"]:
    show(spec)
print("{:>10}|{:*<6}|{:^5.2}".format("a", "b", "xyz"))
