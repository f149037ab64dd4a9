# lemonpy: stderr=all
# 'break' outside a loop.
if True:
    break
