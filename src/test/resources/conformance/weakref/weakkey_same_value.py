import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
    def __hash__(self):
        return hash(len(self.name))

wk = weakref.WeakKeyDictionary()
k = Key("x")
wk[k] = 1
wk[Key("x")] = 2
print(len(wk), wk[k])
del k
print("after del k:", len(wk))
wv = weakref.WeakValueDictionary()
v = Key("val")
wv[1] = v
wv[2] = v
print(len(wv), wv[1] is wv[2])
del v
print("after del v:", len(wv))
