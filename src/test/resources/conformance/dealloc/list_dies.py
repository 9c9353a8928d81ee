class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

items = [D("a"), D("b"), D("c"), D("d")]
print("dropping list")
del items
print("after")
