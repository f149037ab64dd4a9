# A package for import_package_1.py.
print("pkg init", __name__, __package__)
X = 1
