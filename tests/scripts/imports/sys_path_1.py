# sys.path[0] is the script's folder; PYTHONPATH entries come next, made
# absolute and normalised.
# lemonpy: env=PYTHONPATH=fixtures:./fixtures/../fixtures/pkg/:
import sys
from _helper import HERE, show
print(sys.path[0] == HERE, HERE.startswith('/'))
show(sys.path[1:4])
print(sys.flags.safe_path, sys.flags.isolated, sys.flags.ignore_environment)
