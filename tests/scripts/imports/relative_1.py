# Relative imports and their errors.
from _helper import attempt, show
import importlib

import pkg.mod_b
print(pkg.mod_b.mod_a is pkg.mod_a, pkg.mod_b.deep.mod_a is pkg.mod_a)
attempt(lambda: importlib.import_module('relpkg.inner.beyond'))
attempt(lambda: importlib.import_module('relpkg.inner.missing'))
attempt(lambda: importlib.import_module('relpkg.inner.badname'))
attempt(lambda: __import__('x', {'__name__': 'top'}, level=1))
attempt(lambda: __import__('x', {'__package__': 'a.b'}, level=3))
attempt(lambda: __import__('mod_a', {'__package__': 'pkg'}, None, ['A'], 1))
attempt(lambda: __import__('', {'__package__': 'pkg.sub'}, None, ['deep'], 1))
attempt(lambda: __import__('sub.deep', {'__package__': 'pkg'}, None, None, 1))
attempt(lambda: __import__('sub', {'__name__': 'pkg', '__path__': []}, level=1))
attempt(lambda: __import__('x', {'__package__': 3}, level=1))
attempt(lambda: __import__('x', {}, level=1))
attempt(lambda: __import__('x', [], level=1))
attempt(lambda: __import__('x', None, level=1))
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .. import anything
except ImportError as e:
    print(type(e).__name__, e)
attempt(lambda: __import__('x', level=1))
