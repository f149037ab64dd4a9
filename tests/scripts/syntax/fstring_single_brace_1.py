# lemonpy: stderr=all
f'}'
