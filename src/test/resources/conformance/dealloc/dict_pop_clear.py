class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

d = {"x": D("X"), "y": D("Y"), "z": D("Z")}
print("pop x")
d.pop("x")
print("d['y'] = 1")
d["y"] = 1
print("popitem")
d.popitem()
d = {D("K"): D("V"), "w": D("W")}
print("clear")
d.clear()
print("end")
