# sys.getsizeof of instances of classes derived from each builtin type (dict, weakref and GC overheads).
import sys
for b in (int, float, str, bytes, tuple, list, dict, set, frozenset):
    C = type('C', (b,), {})
    print(b.__name__, '__weakref__' in C.__dict__, sys.getsizeof(C()) - sys.getsizeof(b()), sys.getsizeof(C()))
class T(tuple):
    pass
print(sys.getsizeof(T((1, 2, 3))), sys.getsizeof(T()))
class B(bytes):
    pass
print(sys.getsizeof(B(b"abc")))
class U(str):
    pass
print(sys.getsizeof(U("abc")), sys.getsizeof(U("")))
