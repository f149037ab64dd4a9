# lemonpy: stderr=all
# Columns are counted in characters, not UTF-8 bytes.
s = "héllo"
t = s + 1  ;  u = 2
