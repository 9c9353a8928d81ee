class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

for x in [D("a"), D("b"), D("c")]:
    print("loop", x.name)
print("after loop; x is", x.name)
x = None
print("end")
