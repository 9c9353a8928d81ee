# A starred target is list(it) of what the iterator has left (ceval.c unpack_iterable), shortened by the names
# after the star without giving its buffer back; list_extend preallocates from the iterator's own length hint.
import sys
g = (i for i in range(10))
*a, b = g
print(len(a), sys.getsizeof(a))
*c, d = iter([1, 2, 3, 4, 5])
print(sys.getsizeof(c))
*e, = range(7)
print(sys.getsizeof(e))
x, *y = map(str, range(20))
print(sys.getsizeof(y))
*z, w = {1: 2, 3: 4, 5: 6}
print(sys.getsizeof(z))
*s, t = "abcdefghij"
print(sys.getsizeof(s))
d = {i: i for i in range(5)}
s = {1, 2, 3}
print(sys.getsizeof(list(iter(d))), sys.getsizeof(list(iter(d.values()))), sys.getsizeof(list(iter(d.items()))))
print(sys.getsizeof(list(iter("héllo wörld"))), sys.getsizeof(list(iter(s))), sys.getsizeof(list(iter("ab"))))
it = iter(d); next(it); print(sys.getsizeof(list(it)))
it2 = iter("abcdefghijk"); next(it2); print(sys.getsizeof(list(it2)))
*a, b = {1, 2, 3, 4, 5}
print(sys.getsizeof(a))
x, *y = d.items()
print(sys.getsizeof(y), y)
