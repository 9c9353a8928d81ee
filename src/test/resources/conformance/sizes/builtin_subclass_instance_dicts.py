# The __dict__ of an instance of a class derived from a builtin. 3.12+ give every such class cached keys and make a
# split dict on them both for an attribute store and for a __dict__ read (new_dict_with_shared_keys), so its size
# counts the keys' usable slots. 3.11 has cached keys only where the base has no items (list, dict, str, float,
# set), uses them only for an attribute store, and a __dict__ read makes a plain empty dict. A class over int,
# tuple or bytes has no cached keys on 3.11, so the class object is smaller too.
import gc
import sys


class P:
    pass


class L(list):
    pass


class D(dict):
    pass


class I(int):
    pass


class S(str):
    pass


class T(tuple):
    pass


class B(bytes):
    pass


class F(float):
    pass


class St(set):
    pass


class I2(I):
    pass


class L2(L):
    pass


def make(cls):
    return cls() if cls is not P else P()


for cls in (L, D, I, S, T, B, F, St, I2, L2):
    read_first = make(cls)
    d = read_first.__dict__
    print(cls.__name__, "read", sys.getsizeof(d), gc.is_tracked(d), end=" | ")
    read_first.a = 1
    print("then store", sys.getsizeof(read_first.__dict__), end=" | ")
    stored = make(cls)
    stored.x = 1
    print("store", sys.getsizeof(stored.__dict__), gc.is_tracked(stored.__dict__), end=" | ")
    stored.y = []
    print("container", gc.is_tracked(stored.__dict__), end=" | ")
    many = make(cls)
    for i in range(35):
        setattr(many, "f%d" % i, i)
    print("35 attributes", sys.getsizeof(many.__dict__), end=" | ")
    del stored.x
    print("after del", sys.getsizeof(stored.__dict__), len(stored.__dict__))
print("class sizes", [sys.getsizeof(c) for c in (P, L, D, I, S, T, B, F, St, I2, L2)])
