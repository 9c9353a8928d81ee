class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

outer = [D("o0"), [D("i0"), D("i1")], (D("t0"), D("t1")), {"k": D("dv")}, D("o4")]
print("drop nested")
outer = None
print("after")
