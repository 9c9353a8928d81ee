class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

d = {}
d[D("k1")] = D("v1")
d[D("k2")] = D("v2")
d["plain"] = D("v3")
print("dropping dict")
del d
print("after")
