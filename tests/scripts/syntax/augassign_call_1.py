# lemonpy: stderr=all
f() += 1
