class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Err(Exception):
    def __init__(self, tag):
        super().__init__(tag)
        self.payload = D("payload-" + tag)

def risky():
    local = D("frame-local")
    raise Err("one")

try:
    risky()
except Err as e:
    print("caught", e)
print("after except")
try:
    raise Err("two")
except Err:
    print("caught anonymous")
print("end")
