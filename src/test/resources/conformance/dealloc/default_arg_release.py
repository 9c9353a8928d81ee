class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def f(x=D("default")):
    return x.name

print(f())
print("redefine f")
def f():
    return 0
print("end")
