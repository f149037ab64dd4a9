# sys.flags under -I -B -s -S -P (and -E implied by -I).
# lemonpy: args=-I -B -s -S -P
import sys
print(sys.flags)
print(sys.dont_write_bytecode)
