class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def make():
    captured = D("captured")
    def inner():
        return captured.name
    return inner

f = make()
print(f())
print("drop closure")
del f
print("end")
