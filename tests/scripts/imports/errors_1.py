# ImportError and ModuleNotFoundError messages, failing imports, None in
# sys.modules, __import__'s argument checks.
import sys
from _helper import attempt

attempt(lambda: __import__('no_such_module'))
attempt(lambda: __import__('no_such_module.sub'))
attempt(lambda: __import__('notpkg.sub'))
attempt(lambda: __import__('pkg.no_such'))
attempt(lambda: __import__('pkg.sub.no_such'))
print('raises' in sys.modules)
attempt(lambda: __import__('raises'))
print('raises' in sys.modules)
attempt(lambda: __import__('raises'))
sys.modules['blocked'] = None
attempt(lambda: __import__('blocked'))
attempt(lambda: __import__('blocked.sub'))
try:
    from plain import nothing
except ImportError as e:
    print(e.name, e.path.endswith('/fixtures/plain.py'))
attempt(lambda: exec('from plain import nothing'))
attempt(lambda: exec('from sys import nothing'))
attempt(lambda: exec('import pkg.sub.deep.x'))
attempt(lambda: __import__(1))
attempt(lambda: __import__(''))
attempt(lambda: __import__('x', level=-1))
attempt(lambda: __import__('plain', fromlist=[1]))
attempt(lambda: __import__('pkg', fromlist=[1]))
attempt(lambda: __import__('pkg', fromlist=['nope', 'mod_a']).mod_a.A)
attempt(lambda: __import__('x', None, None, None, 0, 1))
attempt(lambda: __import__(name='plain', bogus=1))
attempt(lambda: __import__())
attempt(lambda: __import__('.x'))
attempt(lambda: __import__('a/b'))
attempt(lambda: __import__('plain', {}, {}, ('VALUE',)).VALUE)
attempt(lambda: __import__('pkg.sub.deep').__name__)
attempt(lambda: __import__('pkg.sub.deep', fromlist=['x']).__name__)
import cyc_a
attempt(lambda: __import__('cycf_a'))
print('cycf_a' in sys.modules, 'cycf_b' in sys.modules)
