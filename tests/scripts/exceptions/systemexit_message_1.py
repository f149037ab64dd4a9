# lemonpy: stderr=all
# sys.exit("message"): the message goes to stderr, exit status 1.
import sys
print("out")
sys.exit("goodbye")
