import gc

gc.disable()


class Parent:
    def __init__(self):
        self.children = []


class Child:
    def __init__(self, parent):
        self.parent = parent
        parent.children.append(self)


p = Parent()
Child(p)
Child(p)
del p
count = gc.collect()
gc.enable()
print(f"collected {count} objects from the parent/children cycle")
