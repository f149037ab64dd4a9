# Converting ints with more than 4300 decimal digits to or from str raises
# ValueError (CPython 3.11's limit); 4300 digits are fine.
ok = int("9" * 4300)
print(len(str(ok)))
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
try:
    str(10 ** 4300)
except ValueError as e:
    print(e)
print(hex(10 ** 5000)[:10])
