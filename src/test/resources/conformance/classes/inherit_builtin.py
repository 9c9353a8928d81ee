class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]

class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list), s + [4])
d = Default(a=1)
print(d["a"], d["zz"], d, len(d))
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("hi")
print(n.shout(), n + "x", type(n + "x").__name__, repr(n))
class Count(int):
    pass
c = Count(5)
print(c + 1, type(c + 1).__name__, c == 5)
