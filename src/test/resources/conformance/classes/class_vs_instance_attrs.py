class Counter:
    count = 0
    tags = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1

a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
a.count = 99
print(Counter.count, a.count, b.count, sorted(vars(a)))
a.tags.append("shared")
print(b.tags, Counter.tags is a.tags)
del a.count
print(a.count)
Counter.count = 7
print(a.count, b.count, "count" in vars(Counter), "name" in vars(a))
