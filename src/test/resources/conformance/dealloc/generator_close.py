class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def gen():
    res = D("gen-local")
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit")
        raise
    finally:
        print("finally")

g = gen()
print(next(g))
print("close")
g.close()
print("drop")
del g
print("end")
