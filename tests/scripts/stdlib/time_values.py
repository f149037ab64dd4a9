# time: fixed timestamps and tuples (nothing depends on the current time)
import time

for ts in [0, 1, 86399, 86400, 1234567890, 1234567890.999, -1, -1.5, -86401,
           951782400, 4102444800, 253402300799, -62135596800]:
    t = time.gmtime(ts)
    print(ts, t, t.tm_zone, t.tm_gmtoff)
t = time.gmtime(1700000000)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday,
      t.tm_isdst)
print(t[0], t[-1], t[2:5], len(t), list(t), tuple(t), t + (1,), t == tuple(t))
print(hash(t) == hash(tuple(t)), isinstance(t, tuple), type(t).__name__, type(t))
print(time.struct_time.__mro__)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields,
      time.struct_time.n_unnamed_fields)
s = time.struct_time((2001, 2, 3, 4, 5, 6, 5, 34, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time([2001, 2, 3, 4, 5, 6, 5, 34, 0, 'XYZ', 3600])
print(s, s.tm_zone, s.tm_gmtoff, len(s))
y, m, d, H, M, S, wd, yd, dst = time.gmtime(0)
print(y, m, d, H, M, S, wd, yd, dst)
match time.gmtime(0):
    case time.struct_time(tm_year=year, tm_mon=mon):
        print('match', year, mon)

fmt = '%Y-%m-%d %H:%M:%S|%y|%j|%a %A|%b %B|%p|%I|%w|%U|%W|%%|%e|%C|%G-%V-%u'
for tup in [(2020, 1, 1, 0, 0, 0, 2, 1, 0), (1999, 12, 31, 23, 59, 59, 4, 365, 0),
            (2024, 2, 29, 12, 30, 45, 3, 60, 0), (2020, 0, 0, 0, 0, 0, 0, 0, 0),
            (2021, 7, 4, 13, 0, 61, 6, 185, 5), (2021, 7, 4, 13, 0, 0, 6, 185, -7),
            (5, 1, 1, 0, 0, 0, 0, 1, 0), (12345, 1, 1, 0, 0, 0, 0, 1, 0)]:
    print(time.strftime(fmt, tup))
    print(time.asctime(tup))
print(repr(time.strftime('', (2020, 1, 1, 0, 0, 0, 0, 1, 0))))
print(time.strftime('caf\xe9 \u20ac %Y', (2020, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime('%Y %Z', time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', 0))))
print(time.strftime('%H', time.gmtime(3600 * 5)))
print(time.asctime(time.gmtime(1700000000)))

# round trips through local time do not depend on the time zone
for tup in [(2021, 3, 4, 5, 6, 7, 0, 0, -1), (2000, 1, 1, 0, 0, 0, 0, 0, -1)]:
    secs = time.mktime(tup)
    print(type(secs), time.localtime(secs)[:6], time.ctime(secs) == time.asctime(time.localtime(secs)))
print(time.mktime(time.localtime(1600000000)))

# clocks: types and monotonicity only
for name in ['time', 'perf_counter', 'monotonic', 'process_time', 'thread_time']:
    f = getattr(time, name)
    g = getattr(time, name + '_ns')
    a, b = f(), f()
    c, d = g(), g()
    print(name, type(a).__name__, type(c).__name__, name == 'time' or b >= a,
          name == 'time' or d >= c)
a = time.monotonic()
time.sleep(0.01)
print(time.monotonic() - a >= 0.009, time.sleep(0), time.sleep(False))
print(type(time.timezone), type(time.altzone), time.daylight in (0, 1), type(time.tzname),
      len(time.tzname), type(time.tzname[0]))
print(time.tzset())
print(time.time.__name__, time.gmtime.__module__)
