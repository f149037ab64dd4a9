# from m import * with and without __all__.
import sys
from _helper import attempt

from star import *
print(one, sub_listed.__name__, _private_listed)
print('two' in dir(), 'sub_unlisted' in dir())
from star_noall import *
print(a, b, '_hidden' in dir(), '__dunder' in dir())
attempt(lambda: exec('from star_badall import *', {}))
attempt(lambda: __import__('star', fromlist=['*']).sub_listed.__name__)
attempt(lambda: exec('from sys import *', {}) or 'sys ok')
