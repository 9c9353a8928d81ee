class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

t = (D("t0"), D("t1"), D("t2"))
print("rebind tuple")
t = None
print("after")
