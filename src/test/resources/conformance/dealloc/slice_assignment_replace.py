class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

l = [D("a"), D("b"), D("c"), D("d")]
print("== l[1:3] = [D('n')]")
l[1:3] = [D("n")]
print("== l = l[1:]")
l = l[1:]
print("== l[::2] = [0]")
l[::2] = [0]
print([type(v).__name__ for v in l])
print("== end")
