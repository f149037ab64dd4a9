# raise SystemExit(N) exits with status N and prints nothing to stderr.
print("exiting with 3")
raise SystemExit(3)
