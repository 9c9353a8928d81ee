class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Once:
    count = 0
    def __del__(self):
        Once.count += 1
        print("__del__ call", Once.count)

o = Once()
o.__del__()
print("explicit call does not destroy; count", Once.count)
del o
print("end; total calls", Once.count)
