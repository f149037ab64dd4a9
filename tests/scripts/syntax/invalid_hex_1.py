# lemonpy: stderr=all
x = 0xfg
