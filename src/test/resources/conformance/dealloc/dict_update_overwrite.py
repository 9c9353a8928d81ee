class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

d = {"a": D("a1"), "b": D("b1"), "c": D("c1")}
print("== update b, a")
d.update({"b": D("b2"), "a": D("a2")})
print("== dict comprehension replaces d")
d = {k: k for k in d}
print(d)
print("== end")
