x = 5
try:
    x()
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"(1)
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2]["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    {}[[]] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    for v in 3:
        pass
except TypeError as e:
    print("TypeError:", e)
None()
