# lemonpy: stderr=all
f'{a b}'
