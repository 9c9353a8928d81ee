class Vector:
    __slots__ = ["x", "y", "z", "w", "norm"]


v = Vector()
for name in Vector.__slots__[:-1]:
    setattr(v, name, 0.0)
print([getattr(v, name) for name in Vector.__slots__[:-1]])
