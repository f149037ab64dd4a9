# indexing and slicing of str
s = "abcdef\u20ac\U0001f600"
print(len(s), s[0], s[-1], s[6], s[2:5], s[::-1], s[::2], s[-3:], s[10:20], s[5:1:-2])
print(s[None:None], s[1:-1:3], s[-100:100])
for bad in ["x", 1.5, None]:
    try:
        s[bad]
    except TypeError as e:
        print("TypeError", e)
try:
    s[8]
except IndexError as e:
    print("IndexError", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
