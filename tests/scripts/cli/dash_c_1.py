# lemonpy: args=-c "import sys; print('from -c', sys.argv); print(__name__)"
# -c CODE runs CODE; the file name that follows is only an argument
# (sys.argv[0] is '-c').  This file itself is not run.
print("this file is not executed")
