class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __hash__(self):
        return hash(self.v)

class EqOnly:
    def __eq__(self, other):
        return True

print(Key(1) == Key(1), Key(1) != Key(2), Key(1) == 1)
d = {Key(1): "one"}
print(d[Key(1)], Key(1) in d, len({Key(2), Key(2)}))
print(EqOnly.__hash__ is None, EqOnly() == 5)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
class Default:
    pass
x = Default()
print(x == x, x == Default(), x != Default())
