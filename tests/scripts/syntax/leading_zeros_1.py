# lemonpy: stderr=all
mode = 0755
