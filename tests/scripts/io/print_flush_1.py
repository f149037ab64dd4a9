# print(flush=True) and sys.stdout.flush(); sys.stdout.write returns the
# number of characters written.
import sys
print("flushed", flush=True)
n = sys.stdout.write("héllo\n")
print(n)
sys.stdout.flush()
print("done", flush=False)
