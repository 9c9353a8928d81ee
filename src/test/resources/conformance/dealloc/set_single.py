class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

s = {D("only")}
print("drop single-element set")
del s
fs = frozenset([D("frozen")])
print("drop frozenset")
fs = None
print("end")
