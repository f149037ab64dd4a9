# lemonpy: stderr=all
x = b'a' 'b'
