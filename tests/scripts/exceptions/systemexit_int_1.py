# lemonpy: stderr=all
# sys.exit(4): exit status 4, stdout flushed.
import sys
print("out")
sys.exit(4)
