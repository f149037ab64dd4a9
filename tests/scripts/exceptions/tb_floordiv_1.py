# lemonpy: stderr=all
# A two-character operator gets two '^'; the rest of the line is not marked.
a = [1]
b = a[0] // 0 + a [ 0 ]
