# A bare raise with no exception being handled is a RuntimeError.
try:
    raise
except RuntimeError as e:
    print(e)
