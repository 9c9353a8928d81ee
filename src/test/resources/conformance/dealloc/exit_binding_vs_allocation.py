class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
tmp = [D("allocated-first"), D("allocated-second")]
b_global = tmp[1]
a_global = tmp[0]
del tmp
c_global = D("allocated-third")
print("end")
