# lemonpy: stderr=all
# A starred assignment target alone must be in a list or tuple.
*a = [1, 2]
