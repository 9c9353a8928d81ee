class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Base:
    def __del__(self):
        print("Base.__del__ for", type(self).__name__)

class Child(Base):
    pass

class Override(Base):
    def __del__(self):
        print("Override.__del__ then")
        super().__del__()

Child()
Override()
o = Override()
o.payload = D("payload")
print("drop o")
del o
print("end")
