import math
import sys

print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(), math.gcd(7), math.gcd(12, 18, 27))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(2, 3, 4))
print(math.factorial(0), math.factorial(5), math.factorial(20), math.factorial(30))
print(len(str(math.factorial(500))))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 1))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5), math.perm(5, 2), math.perm(3, 5), math.perm(5, None))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 11)), math.prod([2.5, 2]))
print(math.prod([2, 3], start=10), math.prod(['a', 3][1:], start='xy'), math.prod([[1], 2][1:], start=[0]))
big = math.factorial(25)
print(sys.getsizeof(big), sys.getsizeof(math.factorial(3)), sys.getsizeof(math.isqrt(10 ** 40)))
r = math.comb(60, 30)
print(sys.getrefcount(r), r.bit_length())
