def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

print(swallow())
def loop():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            print("finally at", i, "lets it propagate")
try:
    loop()
except KeyError as e:
    print("caught", e)
def replace():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("from finally")
replace()
