"""Run by sys_path_5 with -m: sys.path[0] is the current folder, absolute."""
import sys
print(sys.path[0] == __file__.rpartition('/')[0], sys.path[0].startswith('/'), __name__)
print(sys.argv[0] == __file__)
