# -m: sys.path[0] is the current folder, absolute.
# lemonpy: run=-m _path0 x
