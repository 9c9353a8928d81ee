class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class P: pass
a = D("a")
b = [D("in-list")]
c = D("c")
p = P(); p.x = D("in-plain-inst")
q = D("q"); q.inner = D("in-D-inst")
s = P(); s.x = D("in-plain-inst-mat"); vars(s)
f = D("f")
print("end")
