class Base:
    registry = []
    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        Base.registry.append(type(obj).__name__)
        return obj
    def __init__(self, v):
        self.v = v
    def describe(self):
        return f"Base({self.v})"

class Child(Base):
    @classmethod
    def create(cls, *args):
        print("Child.create for", cls.__name__)
        return super().create(*args)
    def describe(self):
        return "Child<" + super().describe() + ">"

class GrandChild(Child):
    pass

print(Child.create(1).describe())
print(GrandChild.create(2).describe())
print(Base.registry, super(Child, GrandChild.create(3)).describe())
