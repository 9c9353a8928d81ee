# Interpreter exit: __del__ order when the main module is torn down (see ProgramRunner.shutdown).
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
saved = []
class R:
    def __del__(self):
        print("resurrecting")
        saved.append(self)
r = R()
a = D("a")
cycle1 = D("c1"); cycle2 = D("c2"); cycle1.o = cycle2; cycle2.o = cycle1
del cycle1, cycle2
b = D("b")
print("end")
