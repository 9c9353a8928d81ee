# time's calendar functions: struct_time (a tuple of nine fields with names, tm_zone and tm_gmtoff), gmtime,
# localtime, mktime, asctime and strftime; only what does not depend on the clock or the host's zone is printed.
import time

g = time.gmtime(0)
print(g)
print(type(g), type(g).__name__, len(g), g.tm_year, g.tm_gmtoff, g[0], g[-1], tuple(g), isinstance(g, tuple))
print(time.gmtime(86400 * 365.25 * 30 + 3661.5))
print(time.gmtime(1700000000).tm_wday, time.gmtime(1700000000).tm_yday, time.gmtime(-1))
fixed = (2024, 2, 29, 13, 5, 9, 3, 60, 0)
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %y %I %w %U %W %%', fixed))
print(time.strftime('%c|%x|%X|%F|%T|%e|%u', fixed))
print(time.strftime('%Y week %U', (2023, 1, 1, 0, 0, 0, 6, 1, 0)), time.strftime('%W', (2023, 1, 2, 0, 0, 0, 0, 2, 0)))
print(time.asctime(g), time.asctime(fixed))
print(time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0)))
here = time.localtime()
print(type(here).__name__, here.tm_year > 2000, 0 <= here.tm_isdst <= 1, type(here.tm_zone).__name__)
print(time.mktime(time.localtime(1234567890)), type(time.mktime(here)).__name__)
print(time.localtime(1234567890) == time.localtime(1234567890.7))
m = [time.monotonic() for _ in range(5)]
print(m == sorted(m), type(time.process_time()).__name__, type(time.time_ns()).__name__,
      type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__)
c0 = time.process_time()
sum(range(100000))
print(time.process_time() >= c0)
for bad in (lambda: time.struct_time((1, 2)), lambda: time.strftime('%Y', (1, 2)), lambda: time.strftime(5),
            lambda: time.asctime('x'), lambda: time.strftime('%m', (2024, 13, 1, 0, 0, 0, 0, 1, 0))):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
