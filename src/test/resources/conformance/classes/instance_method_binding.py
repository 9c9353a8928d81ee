class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self, punct="!"):
        return "hello " + self.name + punct

g = Greeter("ann")
m = g.hello
print(m(), m("?"), Greeter.hello(g), m.__self__ is g, m.__func__ is Greeter.hello)
print(g.hello == g.hello, g.hello is g.hello)
g.hello = lambda: "instance attribute wins"
print(g.hello(), Greeter.hello(g, "."))
del g.hello
print(g.hello())
try:
    Greeter.hello()
except TypeError as e:
    print("TypeError:", e)
