# -c: sys.path[0] is '' and sys.argv[0] is '-c'; sys.orig_argv is the
# whole command line.
# lemonpy: run=-B -c "import sys; print(repr(sys.path[0]), sys.argv, sys.orig_argv[1:])" a -b
