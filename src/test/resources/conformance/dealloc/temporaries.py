class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

print("expression temp:", D("t1").name)
print("chained:", [D("a"), D("b")][1].name)
def ident(o):
    return o
ident(D("passed"))
print("after ident")
x = ident(D("bound")).name
print("x =", x)
