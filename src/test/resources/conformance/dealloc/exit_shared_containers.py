# Interpreter exit: __del__ order when the main module is torn down (see ProgramRunner.shutdown).
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
objs = [D(str(i)) for i in range(3)]
x = D("x")
objs2 = objs
y = D("y")
del objs
tup = (D("t1"), [D("t2")])
print("end")
