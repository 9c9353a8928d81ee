# Interpreter exit: __del__ order when the main module is torn down (see ProgramRunner.shutdown).
import gc
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, "counter is", counter)
        raise RuntimeError("in del " + self.name)
counter = 0
objs = []
for i in range(1000):
    objs.append([i])
first = D("first")
objs.append(D("in-objs"))
counter = 5
last = D("last")
print("end")
