# -P (safe_path) leaves the script folder out.
# lemonpy: args=-P
import sys
print(sys.flags.safe_path, any(p.endswith('/imports') for p in sys.path))
