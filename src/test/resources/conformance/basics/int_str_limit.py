big = 10 ** 4299
print("4300-digit int converts:", len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
print("smaller ints convert:", len(str(10 ** 4000)))
print("arithmetic is fine:", (10 ** 5000) % 7)
