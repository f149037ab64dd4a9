# sys.stdout.buffer takes bytes, in order with the text written around it.
import sys
print("a")
n = sys.stdout.buffer.write(b"bytes \xc3\xa9\n")
print("c", n)
try:
    sys.stdout.buffer.write("text")
except TypeError as e:
    print(e)
