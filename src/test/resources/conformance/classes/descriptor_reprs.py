# The descriptors a class gets for its __slots__, __dict__ and __weakref__, as repr shows them.
class Slotted:
    __slots__ = ("a", "__private", "__weakref__")


class Plain:
    pass


print(Slotted.a, type(Slotted.a).__name__)
print(Slotted.__dict__["_Slotted__private"])
print(Slotted.__weakref__, type(Slotted.__weakref__).__name__)
print(Plain.__dict__["__dict__"], Plain.__dict__["__weakref__"])
print([name for name in Slotted.__dict__ if not name.startswith("__")])
