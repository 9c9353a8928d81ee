class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

class Manual:
    def __init__(self, limit):
        self.i = 0
        self.limit = limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.limit:
            raise StopIteration
        self.i += 1
        return self.i

print(list(Countdown(3)), sum(Countdown(4)))
m = Manual(3)
print(next(m), list(m), list(m))
a, b, c = Manual(3)
print(a, b, c, max(Manual(5)), sorted(Countdown(3)))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
