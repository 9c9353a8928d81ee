# Interpreter exit: __del__ order when the main module is torn down (see ProgramRunner.shutdown).
import weakref
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = D("a")
w = weakref.ref(a, lambda r: print("callback for a"))
fin = weakref.finalize(D("finalized-target"), print, "finalize ran")
b = D("b")
print("end")
