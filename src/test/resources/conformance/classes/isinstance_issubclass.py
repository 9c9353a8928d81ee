class A: pass
class B(A): pass
class C: pass

b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C))
print(issubclass(B, A), issubclass(B, B), issubclass(A, object), issubclass(B, (C,)))
print(isinstance(A, type), isinstance(type, object), type(A).__name__, type(type).__name__)
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, (str, int)))
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
