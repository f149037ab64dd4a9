# lemonpy: stderr=all
# SystemExit(True) is the int 1.
raise SystemExit(True)
