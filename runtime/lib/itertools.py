"""itertools for lemonpy: the iterator building blocks of CPython 3.11.

Written from the documented behaviour: every iterator is a class named as
CPython's (itertools.count, itertools.chain, ...), its __iter__ returns
itself, and argument errors carry CPython's messages.
"""

import sys as _sys

_MARK = object()


def _expect(name, args, lo, hi=None):
    n = len(args)
    if hi is None:
        hi = lo
    if lo <= n <= hi:
        return
    if lo == hi:
        raise TypeError("%s expected %d argument%s, got %d"
                        % (name, lo, "" if lo == 1 else "s", n))
    if n < lo:
        raise TypeError("%s expected at least %d argument%s, got %d"
                        % (name, lo, "" if lo == 1 else "s", n))
    raise TypeError("%s expected at most %d argument%s, got %d"
                    % (name, hi, "" if hi == 1 else "s", n))


def _nokw(name, kw):
    if kw:
        raise TypeError("%s() takes no keyword arguments" % name)


def _index(v):
    if isinstance(v, int):
        return v
    m = getattr(type(v), "__index__", None)
    if m is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    r = m(v)
    if not isinstance(r, int):
        raise TypeError("__index__ returned non-int (type %s)" % type(r).__name__)
    return r


def _isnumber(v):
    t = type(v)
    return (isinstance(v, (int, float, complex)) or hasattr(t, "__index__")
            or hasattr(t, "__float__") or hasattr(t, "__int__")
            or hasattr(t, "__complex__"))


class count:
    """Return a count object whose .__next__() method returns consecutive values."""
    __slots__ = ("_cur", "_step")

    def __init__(self, start=0, step=1):
        if not _isnumber(start) or not _isnumber(step):
            raise TypeError("a number is required")
        self._cur = start
        self._step = step

    def __next__(self):
        v = self._cur
        self._cur = v + self._step
        return v

    def __repr__(self):
        s = self._step
        if type(s) is int and s == 1:
            return "%s(%r)" % (type(self).__name__, self._cur)
        return "%s(%r, %r)" % (type(self).__name__, self._cur, s)


class cycle:
    """Return elements from the iterable until it is exhausted, then repeat them."""
    __slots__ = ("_it", "_saved", "_pos", "_first")

    def __init__(self, *args, **kw):
        _nokw("cycle", kw)
        _expect("cycle", args, 1)
        self._it = iter(args[0])
        self._saved = []
        self._pos = 0
        self._first = True

    def __next__(self):
        if self._first:
            for v in self._it:
                self._saved.append(v)
                return v
            self._first = False
            self._it = None
        if not self._saved:
            raise StopIteration
        v = self._saved[self._pos]
        self._pos = (self._pos + 1) % len(self._saved)
        return v


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object."""
    __slots__ = ("_obj", "_times")

    def __init__(self, *args, **kw):
        if "object" in kw:
            args = (kw.pop("object"),) + args
        times = kw.pop("times", None) if "times" in kw else _MARK
        for k in kw:
            raise TypeError("repeat() got an unexpected keyword argument '%s'" % k)
        if not args:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        if len(args) > 2:
            raise TypeError("repeat() takes at most 2 arguments (%d given)" % len(args))
        if len(args) == 2:
            times = args[1]
        self._obj = args[0]
        if times is _MARK:
            self._times = None
        else:
            times = _index(times)
            self._times = times if times > 0 else 0

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._times)


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ("_it", "_func", "_total", "_initial")

    def __init__(self, iterable=_MARK, func=None, *, initial=None):
        if iterable is _MARK:
            raise TypeError("accumulate() missing required argument 'iterable' (pos 1)")
        self._it = iter(iterable)
        self._func = func
        self._total = _MARK
        self._initial = initial

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        v = next(self._it)
        if self._total is _MARK:
            self._total = v
        elif self._func is None:
            self._total = self._total + v
        else:
            self._total = self._func(self._total, v)
        return self._total


class chain:
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next."""
    __slots__ = ("_source", "_active")

    def __init__(self, *iterables, **kw):
        _nokw("chain", kw)
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, *args, **kw):
        _nokw("chain.from_iterable", kw)
        if len(args) != 1:
            raise TypeError("chain.from_iterable() takes exactly one argument (%d given)"
                            % len(args))
        self = cls.__new__(cls)
        self._source = iter(args[0])
        self._active = None
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    nxt = next(self._source)
                except StopIteration:
                    self._source = None
                    break
                self._active = iter(nxt)
            for v in self._active:
                return v
            self._active = None
        raise StopIteration


class compress:
    """Return data elements corresponding to true selector elements."""
    __slots__ = ("_data", "_sel")

    def __init__(self, data=_MARK, selectors=_MARK):
        if data is _MARK:
            raise TypeError("compress() missing required argument 'data' (pos 1)")
        if selectors is _MARK:
            raise TypeError("compress() missing required argument 'selectors' (pos 2)")
        self._data = iter(data)
        self._sel = iter(selectors)

    def __next__(self):
        while True:
            d = next(self._data)
            s = next(self._sel)
            if s:
                return d


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""
    __slots__ = ("_pred", "_it", "_done")

    def __init__(self, *args, **kw):
        _nokw("dropwhile", kw)
        _expect("dropwhile", args, 2)
        self._pred = args[0]
        self._it = iter(args[1])
        self._done = False

    def __next__(self):
        for v in self._it:
            if self._done or not self._pred(v):
                self._done = True
                return v
        raise StopIteration


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true."""
    __slots__ = ("_pred", "_it", "_stop")

    def __init__(self, *args, **kw):
        _nokw("takewhile", kw)
        _expect("takewhile", args, 2)
        self._pred = args[0]
        self._it = iter(args[1])
        self._stop = False

    def __next__(self):
        if self._stop:
            raise StopIteration
        v = next(self._it)
        if self._pred(v):
            return v
        self._stop = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false."""
    __slots__ = ("_func", "_it")

    def __init__(self, *args, **kw):
        _nokw("filterfalse", kw)
        _expect("filterfalse", args, 2)
        self._func = args[0]
        self._it = iter(args[1])

    def __next__(self):
        f = self._func
        for v in self._it:
            if not (v if f is None else f(v)):
                return v
        raise StopIteration


def _eq(a, b):
    return a is b or bool(a == b)


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""
    __slots__ = ("_it", "_keyfunc", "_tgtkey", "_currkey", "_currvalue", "_grouper")

    def __init__(self, iterable=_MARK, key=None):
        if iterable is _MARK:
            raise TypeError("groupby() missing required argument 'iterable' (pos 1)")
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _MARK
        self._currkey = _MARK
        self._currvalue = _MARK
        self._grouper = None

    def _step(self):
        v = next(self._it)
        k = v if self._keyfunc is None else self._keyfunc(v)
        self._currvalue = v
        self._currkey = k

    def __next__(self):
        self._grouper = None
        while True:
            if self._currkey is _MARK:
                pass
            elif self._tgtkey is _MARK:
                break
            elif not _eq(self._tgtkey, self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        g = _grouper(self, self._tgtkey)
        self._grouper = g
        return (self._currkey, g)


class _grouper:
    __slots__ = ("_parent", "_tgtkey")

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __next__(self):
        p = self._parent
        if p._grouper is not self:
            raise StopIteration
        if p._currvalue is _MARK:
            p._step()
        if not _eq(self._tgtkey, p._currkey):
            raise StopIteration
        v = p._currvalue
        p._currvalue = _MARK
        p._currkey = _MARK
        return v


def _islice_arg(v, msg):
    if v is None:
        return None
    try:
        n = _index(v)
    except TypeError:
        raise ValueError(msg) from None
    if n < 0 or n > _sys.maxsize:
        raise ValueError(msg)
    return n


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""
    __slots__ = ("_it", "_next", "_stop", "_step", "_cnt")

    def __init__(self, *args, **kw):
        _nokw("islice", kw)
        _expect("islice", args, 2, 4)
        it = args[0]
        start, step = 0, 1
        smsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        imsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        if len(args) == 2:
            stop = _islice_arg(args[1], smsg)
        else:
            start = _islice_arg(args[1], imsg)
            stop = _islice_arg(args[2], smsg)
            if start is None:
                start = 0
            if len(args) == 4 and args[3] is not None:
                try:
                    step = _index(args[3])
                except TypeError:
                    step = -1
                if step <= 0 or step > _sys.maxsize:
                    raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(it)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            v = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        old = self._next
        self._next += self._step
        if self._next < old or (stop is not None and self._next > stop):
            self._next = stop
        return v


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""
    __slots__ = ("_it", "_old")

    def __init__(self, *args, **kw):
        _nokw("pairwise", kw)
        _expect("pairwise", args, 1)
        self._it = iter(args[0])
        self._old = _MARK

    def __next__(self):
        if self._it is None:
            raise StopIteration
        try:
            if self._old is _MARK:
                self._old = next(self._it)
            new = next(self._it)
        except StopIteration:
            self._it = None
            self._old = _MARK
            raise
        r = (self._old, new)
        self._old = new
        return r


class starmap:
    """Return an iterator whose values are returned from the function evaluated
    with an argument tuple taken from the given sequence."""
    __slots__ = ("_func", "_it")

    def __init__(self, *args, **kw):
        _nokw("starmap", kw)
        _expect("starmap", args, 2)
        self._func = args[0]
        self._it = iter(args[1])

    def __next__(self):
        a = next(self._it)
        if not isinstance(a, tuple):
            a = tuple(a)
        return self._func(*a)


class _teedata:
    __slots__ = ("it", "values", "nxt")

    def __init__(self, it):
        self.it = it
        self.values = []
        self.nxt = None


class _tee:
    """Iterator wrapped to make it copyable."""
    __slots__ = ("_data", "_index", "__weakref__")

    def __init__(self, *args, **kw):
        _nokw("_tee", kw)
        _expect("_tee", args, 1)
        it = iter(args[0])
        if isinstance(it, _tee):
            self._data, self._index = it._data, it._index
        else:
            self._data = _teedata(it)
            self._index = 0

    def __next__(self):
        d = self._data
        if self._index >= 57:
            if d.nxt is None:
                d.nxt = _teedata(d.it)
            d = self._data = d.nxt
            self._index = 0
        if self._index < len(d.values):
            v = d.values[self._index]
        else:
            v = next(d.it)
            d.values.append(v)
        self._index += 1
        return v

    def __copy__(self):
        t = _tee.__new__(_tee)
        t._data, t._index = self._data, self._index
        return t


def tee(*args, **kw):
    """Returns a tuple of n independent iterators."""
    _nokw("tee", kw)
    _expect("tee", args, 1, 2)
    n = _index(args[1]) if len(args) == 2 else 2
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(args[0])
    if n == 0:
        return ()
    copier = getattr(it, "__copy__", None)
    first = it if copier is not None else _tee(it)
    res = [first]
    for _ in range(1, n):
        res.append(first.__copy__())
    return tuple(res)


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple."""
    __slots__ = ("_its", "_active", "_fill")

    def __init__(self, *args, **kw):
        fill = None
        if kw:
            if len(kw) != 1 or "fillvalue" not in kw:
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fill = kw["fillvalue"]
        self._its = [iter(a) for a in args]
        self._active = len(self._its)
        self._fill = fill

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        res = []
        for i, it in enumerate(its):
            if it is None:
                res.append(self._fill)
                continue
            try:
                res.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                its[i] = None
                res.append(self._fill)
        return tuple(res)


class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    __slots__ = ("_pools", "_idx", "_res", "_done")

    def __init__(self, *args, **kw):
        repeat = 1
        for k, v in kw.items():
            if k != "repeat":
                raise TypeError("product() got an unexpected keyword argument '%s'" % k)
            repeat = _index(v)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(a) for a in args] * repeat
        self._pools = pools
        self._idx = None
        self._res = None
        self._done = False

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._idx is None:
            for p in pools:
                if not p:
                    self._done = True
                    raise StopIteration
            self._idx = [0] * len(pools)
            self._res = [p[0] for p in pools]
            return tuple(self._res)
        idx, res = self._idx, self._res
        i = len(pools) - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(pools[i]):
                res[i] = pools[i][idx[i]]
                return tuple(res)
            idx[i] = 0
            res[i] = pools[i][0]
            i -= 1
        self._done = True
        raise StopIteration


def _r_arg(name, r, n):
    if r is None:
        return n
    r = _index(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class permutations:
    """Return successive r-length permutations of elements in the iterable."""
    __slots__ = ("_pool", "_r", "_indices", "_cycles", "_first", "_done")

    def __init__(self, iterable=_MARK, r=None):
        if iterable is _MARK:
            raise TypeError("permutations() missing required argument 'iterable' (pos 1)")
        self._pool = tuple(iterable)
        n = len(self._pool)
        self._r = _r_arg("permutations", r, n)
        self._indices = list(range(n))
        self._cycles = list(range(n, n - self._r, -1))
        self._first = True
        self._done = self._r > n

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices, cycles = self._pool, self._r, self._indices, self._cycles
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices[:r])
        n = len(pool)
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[k] for k in indices[:r])
        self._done = True
        raise StopIteration


class combinations:
    """Return successive r-length combinations of elements in the iterable."""
    __slots__ = ("_pool", "_r", "_indices", "_first", "_done")

    def __init__(self, iterable=_MARK, r=_MARK):
        if iterable is _MARK:
            raise TypeError("combinations() missing required argument 'iterable' (pos 1)")
        if r is _MARK:
            raise TypeError("combinations() missing required argument 'r' (pos 2)")
        self._pool = tuple(iterable)
        self._r = _r_arg("combinations", r, 0)
        self._indices = list(range(self._r))
        self._first = True
        self._done = self._r > len(self._pool)

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        n = len(pool)
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[i] for i in indices)


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""
    __slots__ = ("_pool", "_r", "_indices", "_first", "_done")

    def __init__(self, iterable=_MARK, r=_MARK):
        name = "combinations_with_replacement"
        if iterable is _MARK:
            raise TypeError("%s() missing required argument 'iterable' (pos 1)" % name)
        if r is _MARK:
            raise TypeError("%s() missing required argument 'r' (pos 2)" % name)
        self._pool = tuple(iterable)
        self._r = _r_arg(name, r, 0)
        self._indices = [0] * self._r
        self._first = True
        self._done = not self._pool and self._r > 0

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        n = len(pool)
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple(pool[i] for i in indices)


def _self(self):
    """Implement iter(self)."""
    return self


for _c in (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
           filterfalse, groupby, _grouper, islice, pairwise, starmap, _tee, zip_longest,
           product, permutations, combinations, combinations_with_replacement):
    _c.__iter__ = _self
del _c
