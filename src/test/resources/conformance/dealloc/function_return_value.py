class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def make():
    tmp = D("tmp")
    keep = D("keep")
    return keep

r = make()
print("got", r.name)
make()
print("discarded result")
del r
print("end")
