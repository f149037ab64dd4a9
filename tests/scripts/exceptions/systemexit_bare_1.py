# lemonpy: stderr=all
# raise SystemExit: status 0, nothing printed.
print("bye")
raise SystemExit
