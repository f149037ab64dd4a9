# The namespace of the script run as __main__: its names, __cached__ None.
print(sorted(globals()), __cached__, __name__, __spec__, __package__)
