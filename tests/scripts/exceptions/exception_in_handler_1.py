# lemonpy: stderr=all
# An error inside an except clause while handling an uncaught-later error.
try:
    {}["a"]
except KeyError:
    undefined_function()
