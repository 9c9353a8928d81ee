class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("close", self.name, et is None)
        return False

triple = Multiplier(3)
print(triple(5), callable(triple), callable(Multiplier), list(map(triple, [1, 2])))
with Resource("a") as ra, Resource("b") as rb:
    print("inside", ra, rb)
try:
    with Resource("c"):
        raise KeyError("x")
except KeyError:
    print("propagated")
