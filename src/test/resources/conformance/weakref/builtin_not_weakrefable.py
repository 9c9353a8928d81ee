import weakref

for value in [1, "text", [1, 2], (1, 2), {"a": 1}, None, 2.5]:
    try:
        weakref.ref(value)
        print(type(value).__name__, "is weakrefable")
    except TypeError as e:
        print("TypeError:", e)

def f():
    pass
class C:
    pass
print("function:", weakref.ref(f)() is f)
print("class:", weakref.ref(C)() is C)
s = {1}
print("set:", weakref.ref(s)() is s)
