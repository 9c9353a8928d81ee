class Record:
    fields = ("name", "qty", "price")
    def __init__(self, name, qty=1, price=0.0):
        self.name = name
        self.qty = qty
        self.price = price
    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({args})"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self.fields)
    def total(self):
        return self.qty * self.price

r = Record("apple", 3, 0.5)
print(r, r.total(), vars(r))
print(r == Record("apple", 3, 0.5), r == Record("pear"), r != 5)
setattr(r, "qty", 10)
print(getattr(r, "qty"), hasattr(r, "color"), getattr(r, "color", "none"))
delattr(r, "price")
print(sorted(vars(r)), "price" in dir(r), "total" in dir(r))
