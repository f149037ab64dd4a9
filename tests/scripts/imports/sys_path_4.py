# -c: sys.path[0] is '' and sys.argv[0] is '-c'.
# lemonpy: run=-c "import sys; print(repr(sys.path[0]), sys.argv)" a -b
