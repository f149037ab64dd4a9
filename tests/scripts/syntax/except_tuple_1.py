# lemonpy: stderr=all
try:
    pass
except A, B:
    pass
