# lemonpy: args=-X int_max_str_digits=700
# -X int_max_str_digits sets the int/str conversion limit.
import sys
print(sys.get_int_max_str_digits())
try:
    int("1" * 701)
except ValueError as e:
    print(e)
