# builtins and modules carry docstrings
import sys
print(print.__doc__.splitlines()[0])
print(sys.__doc__.splitlines()[0])
print(str.upper.__doc__)
print("".upper.__doc__)
