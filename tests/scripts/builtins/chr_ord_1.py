# chr and ord, including non-ASCII and astral code points; errors.
print(chr(65), chr(0x263A), chr(0x1F600) == "\U0001F600", ord("a"), ord("€"), ord("\U0001F600"))
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    chr(0x110000)
except ValueError as e:
    print(e)
