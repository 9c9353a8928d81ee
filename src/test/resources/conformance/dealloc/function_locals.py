class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def work(p, q):
    first = D("local1")
    second = D("local2")
    print("returning")
    return "done"

arg = D("arg-kept")
print(work(arg, D("temp-arg")))
print("after call")
