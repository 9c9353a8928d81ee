# range with arbitrary-precision bounds: indexing, slicing, membership (arithmetic for ints, a search
# otherwise), count/index, equality, len() overflow, longrange_iterator, __index__ arguments.
import sys
big = range(10 ** 30)
print(big, big[-1], big[10 ** 29], 10 ** 29 in big, -1 in big, 5.0 in big, bool(big), bool(range(0)))
try:
    len(big)
except OverflowError as e:
    print("OverflowError:", e)
try:
    list(big)
except OverflowError as e:
    print("OverflowError:", e)
it = iter(big)
print(type(it).__name__, next(it), next(it), sys.getsizeof(it), type(iter(range(3))).__name__)
print(big[::10 ** 29], big[5:8], list(big[5:8]), big[::-1][:3], list(range(10)[::-3]), range(10)[2:-2:2])
print(range(-5, 5, 2)[1:], range(5)[10:], range(5)[-100:100], range(0, -10, -3)[::-1])
r = range(2 ** 64, 2 ** 64 + 5)
print(list(r), r.start, r.stop, r.step, len(r), r[2], 2 ** 64 + 4 in r)
class I:
    def __index__(self):
        return 4
print(range(I()), range(1, I()), range(8)[I()], list(reversed(range(3))))
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
print(sys.getsizeof(big), sys.getsizeof(range(3)), big.count(7) if hasattr(big, "count") else "", range(10).index(3) if hasattr(range, "index") else "")
print(range(5).count(2.0), range(5).index(3.0), range(0, 20, 5).index(15), 2.5 in range(5), True in range(3))
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError:", e)
print(range(3) == range(0, 3), range(0) == range(5, 2), hash(range(3)) == hash(range(0, 3, 1)))
