"""Weak reference support for Python objects.

lemonpy's weakref: ref, WeakValueDictionary, WeakKeyDictionary, WeakSet,
WeakMethod and finalize over _weakref.ref (runtime/mod_weakref.c).  A
referent goes away when the collector finds it unreachable (at once for
the drops lemonpy finalizes promptly, else at gc.collect() or a later
collection); there are no proxies.
"""

from _weakref import ref, ReferenceType, getweakrefcount

__all__ = ["ref", "ReferenceType", "getweakrefcount", "getweakrefs", "WeakValueDictionary",
           "WeakKeyDictionary", "WeakSet", "WeakMethod", "finalize"]


def getweakrefs(obj):
    return []


class WeakMethod:
    """A weak reference to a bound method: called, it gives the method
    again while its object and function are alive, else None."""

    __slots__ = ("_obj_ref", "_func_ref", "_meth_type")

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        self._obj_ref = ref(obj)
        self._func_ref = ref(func)
        self._meth_type = type(meth)

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __hash__(self):
        return hash((self._obj_ref, self._func_ref))


class WeakValueDictionary:
    """Mapping class that references values weakly."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None:
                for k, v in list(self.data.items()):
                    if v is wr:
                        del self.data[k]
                        break
        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = ref(value, self._remove)

    def copy(self):
        new = WeakValueDictionary()
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    __iter__ = keys

    def values(self):
        for wr in list(self.data.values()):
            obj = wr()
            if obj is not None:
                yield obj

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self.data[key] = ref(default, self._remove)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        d = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                d[key] = ref(o, self._remove)
        for key, o in kwargs.items():
            d[key] = ref(o, self._remove)

    def clear(self):
        self.data.clear()

    def __eq__(self, other):
        if isinstance(other, WeakValueDictionary):
            return dict(self.items()) == dict(other.items())
        return NotImplemented


class WeakKeyDictionary:
    """Mapping class that references keys weakly."""

    def __init__(self, dict=None):
        self.data = {}
        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                for key in list(self.data):
                    if key is k:
                        del self.data[key]
                        break
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return sum(1 for k in list(self.data) if k() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in list(self.data.items()):
            o = key()
            if o is not None:
                new[o] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)

    def clear(self):
        self.data.clear()


class WeakSet:
    """A set of objects held weakly."""

    def __init__(self, data=None):
        self.data = set()
        def _remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = _remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for r in list(self.data) if r() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, list(self))

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return set(self) == set(other)


class finalize:
    """Class for finalization of weakrefable objects: finalize(obj, func,
    *args, **kwargs) calls func(*args, **kwargs) once when obj goes away
    (or when called, or at exit while atexit is true)."""

    _registry = {}
    _index = 0

    def __init__(self, obj, func, /, *args, **kwargs):
        info = [func, args, kwargs or None, True, finalize._index]
        finalize._index += 1
        self._key = info[4]
        self._ref = ref(obj, self)
        finalize._registry[self] = info

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info:
            return info[0](*info[1], **(info[2] or {}))

    def detach(self):
        obj = self._ref()
        info = finalize._registry.get(self)
        if obj is not None and info and finalize._registry.pop(self, None):
            return (obj, info[0], info[1], info[2] or {})

    def peek(self):
        obj = self._ref()
        info = finalize._registry.get(self)
        if obj is not None and info:
            return (obj, info[0], info[1], info[2] or {})

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info[3]

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info[3] = bool(value)

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self),
                                                       type(obj).__name__, id(obj))

    def __hash__(self):
        return self._key

    def __eq__(self, other):
        return self is other

    @classmethod
    def _exitfunc(cls):
        # called by the interpreter at exit (CPython's atexit hook): the
        # finalizers still pending with atexit true, newest first
        pending = [(info[4], f) for f, info in list(cls._registry.items()) if info[3]]
        pending.sort(key=lambda p: p[0], reverse=True)
        for _, f in pending:
            try:
                f()
            except Exception:
                import sys
                sys.excepthook(*sys.exc_info())
