class D:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def __del__(self):
        print("del", self.name)

d = {"k": D("outer", D("inner", D("innermost")))}
print("== overwrite value")
d["k"] = None
lst = [D("x", [D("y0"), D("y1")])]
print("== lst.pop()")
lst.pop()
print("end")
