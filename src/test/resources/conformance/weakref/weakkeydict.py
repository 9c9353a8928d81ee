import weakref

class Key:
    def __init__(self, name):
        self.name = name

data = weakref.WeakKeyDictionary()
k1 = Key("k1")
k2 = Key("k2")
data[k1] = 100
data[k2] = 200
print("len:", len(data), data[k1], k2 in data)
print("values:", sorted(data.values()))
del k1
print("after del k1:", len(data), sorted(data.values()))
data[k2] += 1
print("k2 value:", data[k2])
del k2
print("empty:", len(data), dict(data))
