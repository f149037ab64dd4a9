# int(): from floats (truncation), strings in bases, big ints, errors.
print(int(), int(3.9), int(-3.9), int("42"), int(" -7 "), int("1_000"))
print(int("ff", 16), int("0x1F", 0), int("0o17", 0), int("101", 2), int("z", 36))
print(int("123456789012345678901234567890") * 10, 2 ** 100, -(2 ** 64) // 3)
print(int(True), (255).bit_length(), (10).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"))
for bad in ["", "1.5", "12a", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("1", 99)
except ValueError as e:
    print(e)
