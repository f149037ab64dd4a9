# lemonpy: stderr=all
f'{}'
