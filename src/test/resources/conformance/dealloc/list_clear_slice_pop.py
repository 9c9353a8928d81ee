class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

l = [D(str(i)) for i in range(6)]
print("== pop()")
l.pop()
print("== pop(0)")
l.pop(0)
print("== del l[1:3]")
del l[1:3]
print("== l[:] = ['x']")
l[:] = ["x"]
l = [D("c0"), D("c1"), D("c2")]
print("== clear")
l.clear()
print("end", l)
