class Vector:
    __slots__ = ["x", "y", "z", "w", "norm"]


v = Vector()
for i, name in enumerate(Vector.__slots__):
    setattr(v, name, i * 1.5)
print([getattr(v, name) for name in Vector.__slots__])
print("has __dict__:", hasattr(v, "__dict__"))
