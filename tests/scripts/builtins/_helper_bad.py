# A module that fails while being imported (for import_error_1.py).
x = 1
y = x / 0
