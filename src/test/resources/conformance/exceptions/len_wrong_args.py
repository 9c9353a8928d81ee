try:
    len()
except TypeError as e:
    print("TypeError:", e)
try:
    len([1], [2])
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], lambda v: v)
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
range("3")
