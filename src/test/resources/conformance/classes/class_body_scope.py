x = "module"
class Scoped:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    items = [i for i in range(3)]
print(Scoped.y, Scoped().method(), Scoped.items)
class Counter:
    n = 0
    def bump(self):
        self.n += 1
        return self.n
c = Counter()
print(c.bump(), c.bump(), Counter.n)
def factory(v):
    class Local:
        value = v
        def get(self):
            return self.value
    return Local
A = factory(1)
B = factory(2)
print(A().get(), B().get(), A is B, A.__name__, A.__qualname__)
