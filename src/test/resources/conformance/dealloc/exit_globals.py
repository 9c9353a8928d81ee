class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

zeta = D("zeta")
alpha = D("alpha")
middle = [D("in-list")]
last = D("last")
print("end of script")
