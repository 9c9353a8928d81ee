import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

first = Obj("first")
watched = Obj("watched")
weakref.finalize(watched, print, "finalize for watched (atexit)")
last = Obj("last")
cb_target = Obj("cb-target")
r = weakref.ref(cb_target, lambda ref: print("weakref callback at teardown"))
print("end of script")
