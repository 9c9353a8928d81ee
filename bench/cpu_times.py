"""CPython's CPU time per run of benchmark programs in one warm process, beside the engine's
(dev.heapgrader.bench.CpuTimes, see docs/performance.md): each program is compiled and executed RUNS times in
fresh globals with its output discarded; the second half of the runs is kept. Usage:
PYENV_VERSION=3.12.1 python3 bench/cpu_times.py RUNS FILE...
"""
import io
import sys
import time


def median(values):
    return sorted(values)[len(values) // 2]


def measure(path, runs):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    cpu, wall = [], []
    out = sys.stdout
    for i in range(runs):
        w, c = time.perf_counter(), time.thread_time()
        code = compile(source, path, "exec")
        sys.stdout = io.StringIO()
        try:
            exec(code, {"__name__": "__main__"})
        finally:
            sys.stdout = out
        if i >= runs // 2:
            cpu.append((time.thread_time() - c) * 1000)
            wall.append((time.perf_counter() - w) * 1000)
    return "%s: thread CPU median %.1f ms, wall median %.1f ms" % (path, median(cpu), median(wall))


def main():
    runs = int(sys.argv[1])
    for path in sys.argv[2:]:
        print(measure(path, runs))


main()
