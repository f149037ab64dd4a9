# SystemExit(True) raised in a function exits with status 1, silently.
def leave():
    raise SystemExit(True)

print("leaving")
leave()
