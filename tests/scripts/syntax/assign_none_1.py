# lemonpy: stderr=all
None = 1
