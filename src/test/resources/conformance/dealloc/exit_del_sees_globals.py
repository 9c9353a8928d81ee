# Interpreter exit: __del__ order when the main module is torn down (see ProgramRunner.shutdown).
class D:
    def __init__(self, name, other=None):
        self.name = name
        self.other = other
    def __del__(self):
        print("del", self.name, "sees", self.other.name if self.other else None)
_hidden = D("_hidden")
first = D("first", _hidden)
second = D("second", first)
items = [D("item0"), D("item1")]
mapping = {"k": D("in-dict")}
nested = [[D("deep")]]
print("end")
