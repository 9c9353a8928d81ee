try:
    [1, 2].index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    (1, 2).index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    "s"[0] = "t"
except TypeError as e:
    print("TypeError:", e)
try:
    5[0]
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, None, 1])
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2}.items()[0]
except TypeError as e:
    print("TypeError:", e)
print(None[0])
