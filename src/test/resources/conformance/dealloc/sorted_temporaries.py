class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def key(d):
    return d.name

items = sorted([D("c"), D("a"), D("b")], key=key)
print([i.name for i in items])
print("== drop sorted list")
items = None
print("== map over temporaries")
names = list(map(key, [D("m1"), D("m2")]))
print(names)
print("== end")
