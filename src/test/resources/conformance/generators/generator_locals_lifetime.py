class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def gen():
    a = D("a")
    yield 1
    b = D("b")
    yield 2
    del a
    yield 3
    print("exiting")

g = gen()
for v in g:
    print("value", v)
print("loop done")
del g
print("end")
