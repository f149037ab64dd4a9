# lemonpy: stderr=all
f'{"\n"}'
