for a, b in [(1, "a"), ([1], (1,)), (None, 1)]:
    try:
        a + b
    except TypeError as e:
        print("TypeError:", e)
try:
    "x" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    -"s"
except TypeError as e:
    print("TypeError:", e)
print({} - {})
