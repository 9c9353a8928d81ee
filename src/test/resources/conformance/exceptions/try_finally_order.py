def f():
    try:
        print("try")
        return "from try"
    finally:
        print("finally")

print(f())
def g():
    try:
        return 1
    finally:
        return 2
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
h()
try:
    print("outer try")
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)
else:
    print("not printed")
finally:
    print("outer finally")
