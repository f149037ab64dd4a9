# lemonpy: stderr=all
[i for f() in x]
