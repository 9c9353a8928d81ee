print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(2, 10), pow(2, -1), 2 ** -2)
print(10 ** 20 / 10 ** 19, 2 ** 0.5 * 2 ** 0.5)
print(7 // 0.5, int("-0"), -0, 0 == -0.0)
print(1 < 2.5, 3 == 3.0, hash(3) == hash(3), hash(-1), hash(None) == hash(None))
print(max(1, 2.0), min(2, 2.0), abs(-0.0))
print(0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, -16 >> 2)
print((10).__add__(5), (7).real)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
