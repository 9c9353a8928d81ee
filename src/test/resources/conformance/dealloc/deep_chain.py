class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Link:
    def __init__(self, n, nxt):
        self.n = n
        self.nxt = nxt
    def __del__(self):
        if self.n % 5 == 0:
            print("del link", self.n)

head = None
for i in range(35):
    head = Link(i, head)
print("drop head", head.n)
head = None
print("after")
