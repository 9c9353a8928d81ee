# __slots__ are mangled, then sorted: the members appear in sorted order and are released in that order.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class S:
    __slots__ = ("zeta", "alpha", "mid", "__priv")
    def __init__(self):
        self.zeta = D("zeta"); self.alpha = D("alpha"); self.mid = D("mid"); self.__priv = D("priv")
print([k for k in S.__dict__ if not k.startswith("__")])
s = S()
del s
print("end")
