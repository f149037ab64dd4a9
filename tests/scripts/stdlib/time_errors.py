# time: CPython's exceptions and messages for bad arguments
import time

def check(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(f.__name__, args, '->', type(e).__name__, e)
    else:
        print(f.__name__, args, '=', r)

check(time.sleep, -1)
check(time.sleep, -0.5)
check(time.sleep, 'a')
check(time.sleep, None)
check(time.sleep, float('nan'))
check(time.sleep, 1e300)
check(time.sleep, 2**70)
check(time.sleep)
check(time.sleep, 1, 2)
check(time.gmtime, 'x')
check(time.gmtime, 1e20)
check(time.gmtime, 2**70)
check(time.gmtime, 1e18)
check(time.gmtime, float('nan'))
check(time.gmtime, 1, 2)
check(time.localtime, 'x')
check(time.ctime, 'a')
check(time.mktime, 5)
check(time.mktime, (1, 2))
check(time.mktime, (1, 2, 3, 4, 5, 6, 7, 8, 9.5))
check(time.mktime, (10**10, 1, 1, 0, 0, 0, 0, 1, 0))
check(time.mktime, (-2**40, 1, 1, 0, 0, 0, 0, 1, 0))
check(time.mktime)
check(time.strftime, 5)
check(time.strftime)
check(time.strftime, '%Y', (2020, 1, 1, 0, 0, 0, 0, 1, 0), 1)
check(time.strftime, 'a\0b')
check(time.strftime, '%Y', None)
check(time.strftime, '%Y', [2020, 1, 1, 0, 0, 0, 0, 1, 0])
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0),
            (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0),
            (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2020, -1, 1, 0, 0, 0, 0, 1, 0),
            (2020, 1, -1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, -1, 0, 0, 0, 1, 0)]:
    check(time.strftime, '%Y', bad)
    check(time.asctime, bad)
check(time.asctime, (2020, 1, 1, 0, 0, 0, 0, 1, 0, 'x', 3, 4))
check(time.asctime, 'abc')
check(time.struct_time, (1, 2))
check(time.struct_time, range(12))
check(time.struct_time, 5)
check(time.struct_time)
check(time.struct_time, range(9), 5)
check(time.asctime, 1, 2)
check(time.ctime, 1, 2)
check(time.localtime, 1, 2)
check(time.time, 1)
check(time.time_ns, 1)
check(time.monotonic, 1)
check(time.perf_counter_ns, 1, 2)
check(time.tzset, 1)
check(time.struct_time, range(9), {}, 3)
check(time.struct_time, range(9), foo=3)
check(time.sleep, secs=1)
check(time.gmtime, secs=1)
