class Base:
    base_attr = 1
    def method(self):
        pass

class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3

c = Child()
names = [n for n in dir(c) if not n.startswith("__")]
print(names)
print(vars(c), sorted(k for k in vars(Child) if not k.startswith("__")))
print(c.__dict__ is vars(c), type(vars(Child)).__name__)
print(type(c).__name__, Child.__name__, Child.__qualname__, Child.__module__)
