# lemonpy: stderr=all
print(dict(a=1,
           b={2: 3}
