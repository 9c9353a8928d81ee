class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

_private = D("_private")
public = D("public")
holder = (D("tuple-item"),)
another = D("another")
print("end of module")
