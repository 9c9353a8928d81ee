class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

d = {"a": D("A"), "b": D("B"), "c": D("C")}
va = d.pop("a")
d["a"] = va
del va
print(list(d))
print("clear")
d.clear()
print("after clear", d)
