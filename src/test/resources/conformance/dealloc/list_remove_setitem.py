class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

l = [D("a"), D("b"), D("c")]
print("== l[1] = 0")
l[1] = 0
print("== remove(0)")
l.remove(0)
print("== del l[0]")
del l[0]
print("== l *= 0")
l *= 0
print("end", l)
