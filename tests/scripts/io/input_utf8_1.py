# lemonpy: stdin=input_utf8_1.in
# input() decodes UTF-8.
a = input()
b = input()
print(len(a), a.upper(), len(b), [hex(ord(c)) for c in b])
