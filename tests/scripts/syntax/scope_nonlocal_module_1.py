# lemonpy: stderr=all
nonlocal x
