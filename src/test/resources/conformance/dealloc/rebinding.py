class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

x = D("first")
print("rebind")
x = D("second")
print("rebind again")
x = D("third")
print("rebind to int")
x = 5
print("after", x)
