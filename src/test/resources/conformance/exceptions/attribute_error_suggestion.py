class Point:
    def __init__(self):
        self.value = 1
        self.other = 2

p = Point()
print(p.value)
print(p.valeu)
