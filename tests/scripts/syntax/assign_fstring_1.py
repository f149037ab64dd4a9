# lemonpy: stderr=all
f'{x}' = 1
