# Interpreter exit: __del__ order when the main module is torn down (see ProgramRunner.shutdown).
import sys
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = D("a")
b = D("b")
sys.exit(3)
