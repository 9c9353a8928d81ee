class Lazy:
    def __init__(self):
        self.real = "present"
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")

class Logged:
    def __setattr__(self, name, value):
        print("  set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("  del", name)
        super().__delattr__(name)

z = Lazy()
print(z.real, z.xyz, hasattr(z, "nope"), getattr(z, "other", "dflt"))
g = Logged()
g.a = 1
setattr(g, "b", 2)
del g.a
print(vars(g))
