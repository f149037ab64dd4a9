# importlib.util.cache_from_source and source_from_cache (the cache tag shown as TAG).
import sys, importlib.util as u
def t(f):
    try: print(repr(f()).replace('cpython-311', 'TAG').replace('lemonpy-311', 'TAG'))
    except BaseException as e: print(type(e).__name__, e)
t(lambda: u.cache_from_source('b.py'))
t(lambda: u.cache_from_source('/x/b.py'))
t(lambda: u.cache_from_source('/x/b'))
t(lambda: u.cache_from_source('/x/.b'))
t(lambda: u.cache_from_source('/x/b.py', optimization=2))
t(lambda: u.cache_from_source('/x/b.py', optimization='a!'))
t(lambda: u.cache_from_source('/x/b.py', True))
t(lambda: u.cache_from_source('/x/b.py', False))
t(lambda: u.cache_from_source('/x/b.py', False, optimization=1))
t(lambda: u.source_from_cache('/x/__pycache__/b.TAG.pyc'.replace('TAG', sys.implementation.cache_tag)))
t(lambda: u.source_from_cache('/x/__pycache__/b.pyc'))
t(lambda: u.source_from_cache('/x/b.pyc'))
t(lambda: u.source_from_cache('/x/__pycache__/b.TAG.opt-1.pyc'.replace('TAG', sys.implementation.cache_tag)))
t(lambda: u.source_from_cache('/x/__pycache__/b.TAG.opt-.pyc'.replace('TAG', sys.implementation.cache_tag)))
t(lambda: u.cache_from_source(5))
sys.pycache_prefix = '/pfx'
t(lambda: u.cache_from_source('/x/b.py'))
t(lambda: u.cache_from_source('b.py') == '/pfx' + sys.path[0] + '/b.' + sys.implementation.cache_tag + '.pyc')
t(lambda: u.source_from_cache('/pfx/x/b.TAG.pyc'.replace('TAG', sys.implementation.cache_tag)))
