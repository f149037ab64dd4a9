# lemonpy: stderr=all
try:
    pass
except* A:
    pass
except B:
    pass
