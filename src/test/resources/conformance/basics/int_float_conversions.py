print(int("42"), int("-17"), int("0x1f", 16), int("ff", 16), int("z", 36), int("0b101", 0))
print(float(3), float("1e3"), int(3.99), int(-0.5))
print(int(1e20), int(float(2 ** 60)))
for text in ["12a", "", "3.5", " "]:
    try:
        int(text)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
