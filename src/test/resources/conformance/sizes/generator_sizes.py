# A generator embeds its frame: the size depends on the function's locals and stack depth.
import sys


def g0():
    yield 1


def g1(a):
    yield a


def g3(a, b, c):
    total = a + b + c
    yield total


def g_loop(n):
    for i in range(n):
        yield i * i


print("g0():", sys.getsizeof(g0()))
print("g1(1):", sys.getsizeof(g1(1)))
print("g3(1, 2, 3):", sys.getsizeof(g3(1, 2, 3)))
gen = g_loop(5)
print("g_loop(5):", sys.getsizeof(gen))
next(gen)
print("after next:", sys.getsizeof(gen))
print("list of it:", list(gen), sys.getsizeof(gen))
