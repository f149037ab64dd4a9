/* mod_time.c -- the time module: clocks, sleep, struct_time and the
 * conversions between timestamps, broken-down times and text (the C
 * library's gmtime_r, localtime_r, mktime and strftime, as CPython on
 * Linux).  strftime works on the format's UTF-8 bytes (CPython uses
 * wcsftime): the same result for every format the C library accepts.
 *
 * SPDX-License-Identifier: MIT
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "error.h"
#include "gc.h"
#include "modules.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_float.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

static lp_value time_module, time_dict;

static size_t nkw(lp_value kwnames)
{
    return kwnames ? (size_t)lp_tuple_len(kwnames) : 0;
}

/* ==== struct_time ==== */

enum { ST_SEQ_FIELDS = 9, ST_FIELDS = 11 };

static const char *const st_fields[ST_FIELDS] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
    "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff",
};

static lp_type_t lp_type_struct_time;

/* A struct_time of [items] (ST_FIELDS values; the last two are hidden:
 * kept after the 9 visible items). */
static lp_value struct_time_from(const lp_value *items)
{
    size_t size = sizeof(lp_tuple_t) + ST_FIELDS * sizeof(lp_value);
    lp_tuple_t *t = lp_alloc(size);
    t->head.type = &lp_type_struct_time;
    t->len = ST_SEQ_FIELDS;
    memcpy(t->items, items, ST_FIELDS * sizeof(lp_value));
    return lp_from_ptr(t);
}

static lp_value struct_time_repr(lp_value self)
{
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    lp_strbuf_puts(&b, "time.struct_time(");
    for (int i = 0; i < ST_SEQ_FIELDS; i++) {
        if (i) lp_strbuf_puts(&b, ", ");
        lp_strbuf_puts(&b, st_fields[i]);
        lp_strbuf_putc(&b, '=');
        lp_strbuf_put_str(&b, lp_repr(lp_tuple_get(self, i)));
    }
    lp_strbuf_putc(&b, ')');
    return lp_strbuf_finish(&b);
}

static lp_value struct_time_getattr(lp_value self, lp_value name)
{
    for (int i = 0; i < ST_FIELDS; i++)
        if (lp_str_eq_cstr(name, st_fields[i])) return lp_as_tuple(self)->items[i];
    return lp_generic_getattr(self, name);
}

/* struct_time(sequence, dict=None): 9 to 11 items (missing ones None). */
static lp_value struct_time_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    (void)type;
    static const char *const names[] = {"sequence", "dict", NULL};
    lp_value a[2] = {LP_NULL, LP_NULL};
    if (nargs + nkw(kwnames) > 2)
        lp_raise(&lp_exc_TypeError, "structseq() takes at most 2 arguments (%zu given)",
                 nargs + nkw(kwnames));
    for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    lp_parse_kwargs("struct_time", args, nargs, kwnames, names, a);
    if (!a[0])
        lp_raise(&lp_exc_TypeError, "structseq() missing required argument 'sequence' (pos 1)");
    if (a[1] && a[1] != LP_NONE && !lp_dict_check(a[1]))
        lp_raise(&lp_exc_TypeError, "time.struct_time() takes a dict as second arg, if any");
    if (!lp_type_of(a[0])->iter && !lp_type_of(a[0])->getitem)
        lp_raise(&lp_exc_TypeError, "constructor requires a sequence");
    lp_value l = lp_list_from_iterable(a[0]);
    int64_t n = lp_as_list(l)->len;
    if (n < ST_SEQ_FIELDS)
        lp_raise(&lp_exc_TypeError,
                 "time.struct_time() takes an at least 9-sequence (%lld-sequence given)",
                 (long long)n);
    if (n > ST_FIELDS)
        lp_raise(&lp_exc_TypeError,
                 "time.struct_time() takes an at most 11-sequence (%lld-sequence given)",
                 (long long)n);
    lp_value items[ST_FIELDS];
    for (int i = 0; i < ST_FIELDS; i++) items[i] = i < n ? lp_as_list(l)->items[i] : LP_NONE;
    return struct_time_from(items);
}

static lp_type_t lp_type_struct_time = {
    .name = "time.struct_time",
    .base = &lp_type_tuple,
    .new = struct_time_new,
    .repr = struct_time_repr,
    .getattr = struct_time_getattr,
    .doc = "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
           " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
           " sequence of 9 integers.",
};

/* The struct_time of [tm] (as filled by gmtime_r/localtime_r). */
static lp_value struct_time_of_tm(const struct tm *tm)
{
    lp_value items[ST_FIELDS] = {
        lp_int_from_i64((int64_t)tm->tm_year + 1900),
        lp_from_int(tm->tm_mon + 1),
        lp_from_int(tm->tm_mday),
        lp_from_int(tm->tm_hour),
        lp_from_int(tm->tm_min),
        lp_from_int(tm->tm_sec),
        lp_from_int((tm->tm_wday + 6) % 7),
        lp_from_int(tm->tm_yday + 1),
        lp_from_int(tm->tm_isdst),
        tm->tm_zone ? lp_str_from_cstr(tm->tm_zone) : LP_NONE,
        lp_int_from_i64(tm->tm_gmtoff),
    };
    return struct_time_from(items);
}

/* ==== clocks ==== */

static int64_t clock_ns(clockid_t clk)
{
    struct timespec ts;
    if (clock_gettime(clk, &ts) != 0) lp_raise_value(lp_exc_from_errno(errno, LP_NULL));
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Nanoseconds as float seconds, as CPython's _PyTime_AsSecondsDouble. */
static lp_value ns_to_seconds(int64_t ns)
{
    if (ns % 1000000000 == 0) return lp_float_new((double)(ns / 1000000000));
    return lp_float_new((double)ns / 1e9);
}

#define CLOCK_FUNCS(pyname, clk)                                                                   \
    static lp_value time_##pyname(lp_value *args, size_t nargs, lp_value kwnames)                  \
    {                                                                                              \
        (void)args;                                                                                \
        lp_check_args("time." #pyname, nargs, kwnames, 0, 0);                                              \
        return ns_to_seconds(clock_ns(clk));                                                       \
    }                                                                                              \
    static lp_value time_##pyname##_ns(lp_value *args, size_t nargs, lp_value kwnames)             \
    {                                                                                              \
        (void)args;                                                                                \
        lp_check_args("time." #pyname "_ns", nargs, kwnames, 0, 0);                                        \
        return lp_int_from_i64(clock_ns(clk));                                                     \
    }

CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)

/* ==== sleep ==== */

static lp_value time_sleep(lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nkw(kwnames)) lp_raise(&lp_exc_TypeError, "time.sleep() takes no keyword arguments");
    if (nargs != 1)
        lp_raise(&lp_exc_TypeError, "time.sleep() takes exactly one argument (%zu given)", nargs);
    lp_value v = args[0];
    int64_t ns;
    if (lp_float_check(v)) {
        double d = lp_float_value(v);
        if (isnan(d)) lp_raise(&lp_exc_ValueError, "Invalid value NaN (not a number)");
        d *= 1e9;
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
            lp_raise(&lp_exc_OverflowError, "timestamp out of range for platform time_t");
        ns = (int64_t)d; /* CPython rounds half-even; sub-nanosecond differences */
    } else {
        lp_value i = lp_index(v);
        int64_t s;
        if (!lp_int_as_i64(i, &s) || s > INT64_MAX / 1000000000 || s < INT64_MIN / 1000000000)
            lp_raise(&lp_exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        ns = s * 1000000000;
    }
    if (ns < 0) lp_raise(&lp_exc_ValueError, "sleep length must be non-negative");
    struct timespec ts = {(time_t)(ns / 1000000000), (long)(ns % 1000000000)};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
    return LP_NONE;
}

/* ==== timestamps and broken-down times ==== */

/* A timestamp argument as time_t (CPython's _PyTime_ObjectToTime_t with
 * rounding toward minus infinity). */
static time_t to_time_t(lp_value v)
{
    if (lp_float_check(v)) {
        double d = lp_float_value(v);
        if (isnan(d)) lp_raise(&lp_exc_ValueError, "Invalid value NaN (not a number)");
        d = floor(d);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
            lp_raise(&lp_exc_OverflowError, "timestamp out of range for platform time_t");
        return (time_t)d;
    }
    lp_value i = lp_index(v);
    int64_t s;
    if (!lp_int_as_i64(i, &s))
        lp_raise(&lp_exc_OverflowError, "timestamp out of range for platform time_t");
    return (time_t)s;
}

/* The optional timestamp argument of gmtime/localtime/ctime (None: now). */
static time_t secs_arg(const char *fname, lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nkw(kwnames)) lp_raise(&lp_exc_TypeError, "%s() takes no keyword arguments", fname);
    if (nargs > 1)
        lp_raise(&lp_exc_TypeError, "%s() takes at most 1 argument (%zu given)", fname, nargs);
    if (!nargs || args[0] == LP_NONE) return time(NULL);
    return to_time_t(args[0]);
}

static void raise_errno(void)
{
    lp_raise_value(lp_exc_from_errno(errno ? errno : EINVAL, LP_NULL));
}

static void local_tm(time_t t, struct tm *tm)
{
    errno = 0;
    if (!localtime_r(&t, tm)) raise_errno();
}

static lp_value time_gmtime(lp_value *args, size_t nargs, lp_value kwnames)
{
    time_t t = secs_arg("gmtime", args, nargs, kwnames);
    struct tm tm;
    errno = 0;
    if (!gmtime_r(&t, &tm)) raise_errno();
    return struct_time_of_tm(&tm);
}

static lp_value time_localtime(lp_value *args, size_t nargs, lp_value kwnames)
{
    time_t t = secs_arg("localtime", args, nargs, kwnames);
    struct tm tm;
    local_tm(t, &tm);
    return struct_time_of_tm(&tm);
}

/* One item of a time tuple as a C int ('i' argument format). */
static int tuple_int(lp_value v)
{
    if (lp_float_check(v))
        lp_raise(&lp_exc_TypeError, "'float' object cannot be interpreted as an integer");
    lp_value i = lp_index(v);
    int64_t x;
    if (!lp_int_as_i64(i, &x))
        x = lp_compare(i, lp_from_int(0), LP_LT) == LP_TRUE ? INT64_MIN : INT64_MAX;
    if (x > INT_MAX) lp_raise(&lp_exc_OverflowError, "signed integer is greater than maximum");
    if (x < INT_MIN) lp_raise(&lp_exc_OverflowError, "signed integer is less than minimum");
    return (int)x;
}

/* A time tuple or struct_time [v] into [tm] (CPython's gettmarg). */
static void tuple_to_tm(lp_value v, const char *fname, struct tm *tm)
{
    if (!lp_tuple_check(v))
        lp_raise(&lp_exc_TypeError, "Tuple or struct_time argument required");
    if (lp_tuple_len(v) != ST_SEQ_FIELDS)
        lp_raise(&lp_exc_TypeError, "%s(): illegal time tuple argument", fname);
    int f[ST_SEQ_FIELDS];
    for (int i = 0; i < ST_SEQ_FIELDS; i++) f[i] = tuple_int(lp_tuple_get(v, i));
    memset(tm, 0, sizeof *tm);
    if (f[0] < INT_MIN + 1900) lp_raise(&lp_exc_OverflowError, "year out of range");
    tm->tm_year = f[0] - 1900;
    tm->tm_mon = f[1] - 1;
    tm->tm_mday = f[2];
    tm->tm_hour = f[3];
    tm->tm_min = f[4];
    tm->tm_sec = f[5];
    tm->tm_wday = (f[6] + 1) % 7;
    tm->tm_yday = f[7] - 1;
    tm->tm_isdst = f[8];
    if (lp_type_of(v) == &lp_type_struct_time) {
        lp_value zone = lp_as_tuple(v)->items[9], off = lp_as_tuple(v)->items[10];
        if (zone != LP_NONE) {
            if (!lp_str_check(zone))
                lp_raise(&lp_exc_TypeError, "bad argument type for built-in operation");
            size_t n;
            const char *s = lp_str_utf8(zone, &n);
            char *copy = lp_alloc_atomic(n + 1);
            memcpy(copy, s, n + 1);
            tm->tm_zone = copy;
        }
        if (off != LP_NONE) tm->tm_gmtoff = (long)lp_as_ssize(off, &lp_exc_OverflowError);
    }
}

/* CPython's checktm (zero month, day and yday taken as their first value). */
static void check_tm(struct tm *tm)
{
    if (tm->tm_mon == -1) tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11) lp_raise(&lp_exc_ValueError, "month out of range");
    if (tm->tm_mday == 0) tm->tm_mday = 1;
    else if (tm->tm_mday < 0 || tm->tm_mday > 31)
        lp_raise(&lp_exc_ValueError, "day of month out of range");
    if (tm->tm_hour < 0 || tm->tm_hour > 23) lp_raise(&lp_exc_ValueError, "hour out of range");
    if (tm->tm_min < 0 || tm->tm_min > 59) lp_raise(&lp_exc_ValueError, "minute out of range");
    if (tm->tm_sec < 0 || tm->tm_sec > 61) lp_raise(&lp_exc_ValueError, "seconds out of range");
    if (tm->tm_wday < 0) lp_raise(&lp_exc_ValueError, "day of week out of range");
    if (tm->tm_yday == -1) tm->tm_yday = 0;
    else if (tm->tm_yday < 0 || tm->tm_yday > 365)
        lp_raise(&lp_exc_ValueError, "day of year out of range");
}

/* The optional time tuple argument of asctime/strftime (absent: now). */
static void tm_arg(lp_value v, const char *fname, struct tm *tm)
{
    if (!v) local_tm(time(NULL), tm);
    else tuple_to_tm(v, fname, tm);
}

static lp_value time_mktime(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("time.mktime", nargs, kwnames, 1, 1);
    struct tm tm;
    tuple_to_tm(args[0], "mktime", &tm);
    tm.tm_wday = -1; /* mktime sets it: still -1 means failure */
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1)
        lp_raise(&lp_exc_OverflowError, "mktime argument out of range");
    return lp_float_new((double)t);
}

/* "Sun Jun 20 23:21:05 1993" of [tm] (CPython formats it itself). */
static lp_value asctime_of(const struct tm *tm)
{
    static const char wday[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mon[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[80];
    snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", wday[tm->tm_wday % 7],
             mon[tm->tm_mon], tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
             (long long)tm->tm_year + 1900);
    return lp_str_from_cstr(buf);
}

static lp_value time_asctime(lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nkw(kwnames)) lp_raise(&lp_exc_TypeError, "asctime() takes no keyword arguments");
    if (nargs > 1)
        lp_raise(&lp_exc_TypeError, "asctime expected at most 1 argument, got %zu", nargs);
    struct tm tm;
    tm_arg(nargs ? args[0] : LP_NULL, "asctime", &tm);
    check_tm(&tm);
    return asctime_of(&tm);
}

static lp_value time_ctime(lp_value *args, size_t nargs, lp_value kwnames)
{
    time_t t = secs_arg("ctime", args, nargs, kwnames);
    struct tm tm;
    local_tm(t, &tm);
    return asctime_of(&tm);
}

static lp_value time_strftime(lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nkw(kwnames)) lp_raise(&lp_exc_TypeError, "strftime() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        lp_raise(&lp_exc_TypeError, "strftime() takes %s %d argument%s (%zu given)",
                 nargs ? "at most" : "at least", nargs ? 2 : 1, nargs ? "s" : "", nargs);
    if (!lp_str_check(args[0]))
        lp_raise(&lp_exc_TypeError, "strftime() argument 1 must be str, not %T", args[0]);
    struct tm tm;
    tm_arg(nargs > 1 ? args[1] : LP_NULL, "strftime", &tm);
    check_tm(&tm);
    if (tm.tm_isdst < -1) tm.tm_isdst = -1;
    else if (tm.tm_isdst > 1) tm.tm_isdst = 1;
    size_t n;
    const char *fmt = lp_str_utf8(args[0], &n);
    if (strlen(fmt) != n) lp_raise(&lp_exc_ValueError, "embedded null character");
    char *f = lp_alloc_atomic(n + 1);
    memcpy(f, fmt, n + 1);
    size_t limit = 256 * (size_t)lp_str_len(args[0]);
    for (size_t size = 1024;; size += size) {
        char *out = lp_alloc_atomic(size);
        size_t len = strftime(out, size, f, &tm);
        if (len > 0 || size >= limit) return lp_str_from_utf8(out, len);
    }
}

/* ==== time zone ==== */

/* timezone, altzone, daylight and tzname from January's and July's
 * offsets this year (CPython's init_timezone with tm_gmtoff). */
static void set_zone_attrs(void)
{
    time_t now = time(NULL);
    struct tm tm;
    local_tm(now, &tm);
    time_t year_start = now - (time_t)tm.tm_yday * 86400 - tm.tm_hour * 3600 - tm.tm_min * 60;
    struct tm jan, jul;
    local_tm(year_start, &jan);
    local_tm(year_start + 183 * 86400, &jul);
    long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
    lp_value janname = lp_str_from_cstr(jan.tm_zone ? jan.tm_zone : "");
    lp_value julname = lp_str_from_cstr(jul.tm_zone ? jul.tm_zone : "");
    bool south = janzone < julzone; /* DST is reversed in the southern hemisphere */
    lp_dict_set_cstr(time_dict, "timezone", lp_int_from_i64(south ? julzone : janzone));
    lp_dict_set_cstr(time_dict, "altzone", lp_int_from_i64(south ? janzone : julzone));
    lp_dict_set_cstr(time_dict, "daylight", lp_from_int(janzone != julzone));
    lp_dict_set_cstr(time_dict, "tzname", south ? lp_tuple_pack(2, julname, janname)
                                                : lp_tuple_pack(2, janname, julname));
}

static lp_value time_tzset(lp_value *args, size_t nargs, lp_value kwnames)
{
    (void)args;
    lp_check_args("time.tzset", nargs, kwnames, 0, 0);
    tzset();
    set_zone_attrs();
    return LP_NONE;
}

/* ==== the module ==== */

static const lp_method_def_t time_functions[] = {
    {"time", time_time, 0,
     "time() -> floating point number\n\nReturn the current time in seconds since the Epoch.\n"
     "Fractions of a second may be present if the system clock provides them."},
    {"time_ns", time_time_ns, 0,
     "time_ns() -> int\n\nReturn the current time in nanoseconds since the Epoch."},
    {"perf_counter", time_perf_counter, 0,
     "perf_counter() -> float\n\nPerformance counter for benchmarking."},
    {"perf_counter_ns", time_perf_counter_ns, 0,
     "perf_counter_ns() -> int\n\nPerformance counter for benchmarking as nanoseconds."},
    {"monotonic", time_monotonic, 0,
     "monotonic() -> float\n\nMonotonic clock, cannot go backward."},
    {"monotonic_ns", time_monotonic_ns, 0,
     "monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as nanoseconds."},
    {"process_time", time_process_time, 0,
     "process_time() -> float\n\nProcess time for profiling: sum of the kernel and user-space "
     "CPU time."},
    {"process_time_ns", time_process_time_ns, 0,
     "process_time() -> int\n\nProcess time for profiling as nanoseconds:\nsum of the kernel "
     "and user-space CPU time."},
    {"thread_time", time_thread_time, 0,
     "thread_time() -> float\n\nThread time for profiling: sum of the kernel and user-space "
     "CPU time."},
    {"thread_time_ns", time_thread_time_ns, 0,
     "thread_time() -> int\n\nThread time for profiling as nanoseconds:\nsum of the kernel "
     "and user-space CPU time."},
    {"sleep", time_sleep, 0,
     "sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\n"
     "a floating point number for subsecond precision."},
    {"gmtime", time_gmtime, 0,
     "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n"
     "                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\n"
     "Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a.\n"
     "GMT).  When 'seconds' is not passed in, convert the current time instead."},
    {"localtime", time_localtime, 0,
     "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n"
     "                          tm_sec,tm_wday,tm_yday,tm_isdst)\n\n"
     "Convert seconds since the Epoch to a time tuple expressing local time.\n"
     "When 'seconds' is not passed in, convert the current time instead."},
    {"mktime", time_mktime, 0,
     "mktime(tuple) -> floating point number\n\n"
     "Convert a time tuple in local time to seconds since the Epoch."},
    {"asctime", time_asctime, 0,
     "asctime([tuple]) -> string\n\nConvert a time tuple to a string, e.g. 'Sat Jun 06 "
     "16:26:11 1998'."},
    {"ctime", time_ctime, 0,
     "ctime(seconds) -> string\n\nConvert a time in seconds since the Epoch to a string in "
     "local time."},
    {"strftime", time_strftime, 0,
     "strftime(format[, tuple]) -> string\n\nConvert a time tuple to a string according to a "
     "format specification."},
    {"tzset", time_tzset, 0, "tzset()\n\nInitialize, or reinitialize, the local timezone."},
    {NULL, NULL, 0, NULL},
};

static const char time_doc[] =
    "This module provides various functions to manipulate time values.\n\n"
    "There are two standard representations of time.  One is the number\n"
    "of seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\n"
    "or a floating point number (to represent fractions of seconds).\n"
    "The Epoch is system-defined; on Unix, it is generally January 1st, 1970.\n"
    "The actual value can be retrieved by calling gmtime(0).\n\n"
    "The other representation is a tuple of 9 integers giving local time.\n";

static void init_struct_time_type(void)
{
    lp_type_ready(&lp_type_struct_time);
    lp_value d = lp_type_struct_time.dict;
    lp_dict_set_cstr(d, "n_sequence_fields", lp_from_int(ST_SEQ_FIELDS));
    lp_dict_set_cstr(d, "n_fields", lp_from_int(ST_FIELDS));
    lp_dict_set_cstr(d, "n_unnamed_fields", lp_from_int(0));
    lp_value names = lp_tuple_new(ST_SEQ_FIELDS);
    for (int i = 0; i < ST_SEQ_FIELDS; i++)
        lp_as_tuple(names)->items[i] = lp_str_from_cstr(st_fields[i]);
    lp_dict_set_cstr(d, "__match_args__", names);
}

lp_value lp_time_module(void)
{
    if (time_module) return time_module;
    lp_value m = lp_module_new(lp_str_from_cstr("time"));
    lp_module_t *mod = lp_as_ptr(m);
    if (!mod->dict) mod->dict = lp_dict_new();
    time_dict = mod->dict;
    time_module = m;
    lp_value modname = lp_str_from_cstr("time");
    lp_dict_set_cstr(time_dict, "__name__", modname);
    lp_dict_set_cstr(time_dict, "__doc__", lp_str_from_cstr(time_doc));
    for (const lp_method_def_t *d = time_functions; d->name; d++) {
        lp_value f = lp_builtin_new(d->name, d->fn, LP_NULL);
        ((lp_builtin_t *)lp_as_ptr(f))->module = modname;
        ((lp_builtin_t *)lp_as_ptr(f))->doc = d->doc;
        lp_dict_set_cstr(time_dict, d->name, f);
    }
    init_struct_time_type();
    lp_dict_set_cstr(time_dict, "struct_time", lp_from_ptr(&lp_type_struct_time));
    static const struct { const char *name; int v; } consts[] = {
        {"CLOCK_REALTIME", CLOCK_REALTIME},
        {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
        {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW},
        {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
        {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
        {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
        {"CLOCK_TAI", CLOCK_TAI},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        lp_dict_set_cstr(time_dict, consts[i].name, lp_from_int(consts[i].v));
    tzset();
    set_zone_attrs();
    return m;
}
