class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

for i in range(3):
    obj = D(f"loop{i}")
    print("iteration", i)
print("after loop, obj is", obj.name)
del obj
print("comprehension")
names = [D(f"c{i}").name for i in range(2)]
print(names)
