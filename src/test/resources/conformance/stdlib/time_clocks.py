import sys
import time

start = time.perf_counter()
t0 = time.time()
m0 = time.monotonic()
time.sleep(0.01)
time.sleep(0)
elapsed = time.perf_counter() - start
print(type(start).__name__, type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__)
print(elapsed >= 0.01, elapsed < 5, time.monotonic() >= m0 + 0.01, time.time() > 1.7e9, time.time() - t0 < 5)
print(time.time_ns() // 10 ** 9 >= int(t0), time.sleep(0.001), sys.getsizeof(start))


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("negative", time.sleep, -1)
attempt("str", time.sleep, "1")
attempt("none", time.sleep, None)
attempt("nan", time.sleep, float("nan"))
attempt("no-args", time.sleep)
attempt("time-arg", time.time, 1)
print(type(time.sleep).__name__, time.perf_counter.__name__)
