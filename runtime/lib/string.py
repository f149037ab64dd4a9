"""string for lemonpy: string constants, capwords and Template (CPython 3.11).

Template scans for its placeholders by hand (lemonpy has no re module yet):
$$, $identifier and ${identifier} with ASCII identifiers, as CPython's
default pattern.  A subclass may change `delimiter`; a changed `pattern`,
`idpattern`, `braceidpattern` or `flags` is not supported.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)
_sentinel_dict = {}


def _ident_end(s, i):
    # End of the ASCII identifier starting at s[i], or i when there is none.
    n = len(s)
    if i >= n or s[i] not in _ID_START:
        return i
    j = i + 1
    while j < n and s[j] in _ID_CHARS:
        j += 1
    return j


def _scan(s, delim):
    # Yield (kind, start, end, name) for every placeholder of s, in order.
    i = 0
    dn = len(delim)
    while True:
        p = s.find(delim, i)
        if p < 0 or not delim:
            return
        q = p + dn
        if s.startswith(delim, q):
            yield 'escaped', p, q + dn, None
            i = q + dn
            continue
        e = _ident_end(s, q)
        if e > q:
            yield 'named', p, e, s[q:e]
            i = e
            continue
        if s.startswith('{', q):
            e = _ident_end(s, q + 1)
            if e > q + 1 and s.startswith('}', e):
                yield 'braced', p, e + 1, s[q + 1:e]
                i = e + 1
                continue
        yield 'invalid', p, q, None
        i = q


class _Chain:
    __slots__ = ("first", "second")

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            pass
        try:
            return self.second[key]
        except KeyError:
            raise KeyError(key) from None


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _subst(self, mapping, safe):
        s = self.template
        delim = self.delimiter
        out = []
        last = 0
        for kind, start, end, name in _scan(s, delim):
            out.append(s[last:start])
            last = end
            if kind == 'escaped':
                out.append(delim)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                out.append(s[start:end])
            elif safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(s[start:end])
            else:
                out.append(str(mapping[name]))
        out.append(s[last:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        return self._subst(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        return self._subst(mapping, True)

    def is_valid(self):
        for kind, start, end, name in _scan(self.template, self.delimiter):
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in _scan(self.template, self.delimiter):
            if name is not None and name not in ids:
                ids.append(name)
        return ids
