"""Shared by the import tests: the fixtures folder on sys.path, and text
without machine-dependent parts (absolute paths, addresses, cache tags)."""
import sys

HERE = sys.path[0]
FIXTURES = HERE + '/fixtures'
if FIXTURES not in sys.path:
    sys.path.insert(0, FIXTURES)


def clean(value):
    """str(value) with the fixtures path as <fx>, the test folder as <dir>,
    ' at 0x...' addresses as ' at 0x?' and the cache tag as <tag>."""
    s = value if isinstance(value, str) else repr(value)
    s = s.replace(FIXTURES, '<fx>').replace(HERE, '<dir>')
    tag = sys.implementation.cache_tag
    s = s.replace(tag, '<tag>')
    out = []
    while ' at 0x' in s:
        head, _, s = s.partition(' at 0x')
        out.append(head + ' at 0x?')
        i = 0
        while i < len(s) and s[i] in '0123456789abcdef':
            i += 1
        s = s[i:]
    out.append(s)
    return ''.join(out)


def show(*values):
    print(*[clean(v) for v in values])


def attempt(f):
    """Call f(); print its result, or its exception's type, message and
    name (for ImportError)."""
    try:
        r = f()
    except BaseException as e:
        extra = ''
        if isinstance(e, ImportError):
            extra = ' name=' + clean(repr(e.name))
        show(type(e).__name__ + ': ' + clean(str(e)) + extra)
    else:
        show(r)
