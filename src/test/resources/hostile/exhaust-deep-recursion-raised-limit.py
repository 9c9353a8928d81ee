# Runaway recursion after raising the limit as far as it goes.
import sys
sys.setrecursionlimit(10 ** 9)
def f(n):
    return f(n + 1)
f(0)
