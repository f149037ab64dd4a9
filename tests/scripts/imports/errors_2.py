# Odd names and odd import-system states: never a crash, CPython's errors.
import sys
def t(f):
    try: print(repr(f()))
    except BaseException as e: print(type(e).__name__, e)
t(lambda: __import__('a\0b'))
try:
    __import__('x' * 5000)
except ModuleNotFoundError as e:
    print(type(e).__name__, len(e.name))
t(lambda: __import__('..'))
t(lambda: __import__('a..b'))
t(lambda: __import__('pkg.'))
t(lambda: __import__('\udc80'))
m = type(sys)('m')
del m.__dict__['__name__']
t(lambda: repr(m))
t(lambda: exec('from . import x', {'__name__': 'q', '__package__': None, '__spec__': 5}))
save = sys.path
sys.path = 5
t(lambda: __import__('nothere1'))
sys.path = [5, None, b'/tmp', '']
t(lambda: __import__('nothere2'))
sys.path = save
sys.meta_path.insert(0, 7)
t(lambda: __import__('nothere3'))
del sys.meta_path[0]
sm = sys.modules
t(lambda: exec('from sys import *', {}))
import importlib
t(lambda: importlib.reload(sys.modules['__main__']))
