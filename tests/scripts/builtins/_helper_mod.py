# A module for import_source_1.py (names starting with "_" are not tests).
print("helper module runs once, as", __name__)
VALUE = 42
def double(x):
    return 2 * x
