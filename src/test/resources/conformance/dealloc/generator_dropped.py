class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def gen():
    res = D("gen-local")
    try:
        for i in range(3):
            yield i
    finally:
        print("finally, i =", i)

g = gen()
print(next(g), next(g))
print("drop suspended generator")
g = None
print("unstarted")
u = gen()
u = None
print("end")
