# exit and quit: Quitter objects that raise SystemExit.
print(repr(exit), str(quit), type(exit).__name__, type(exit).__module__)
try:
    exit(3)
except SystemExit as e:
    print("code", e.code)
quit()
