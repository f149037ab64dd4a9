# lemonpy: stderr=all
# An exception raised while handling another: both, context first.
try:
    {}["a"]
except KeyError:
    undefined_function()
