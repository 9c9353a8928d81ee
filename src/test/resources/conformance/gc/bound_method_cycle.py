import gc
gc.disable()
gc.collect()
class Handler:
    def handle(self):
        return "handled"

h = Handler()
h.callback = h.handle
print(h.callback(), h.callback.__self__ is h)
del h
print("instance + bound method:", gc.collect())
class Two:
    def run(self):
        pass
x = Two()
y = Two()
x.cb = y.run
y.cb = x.run
del x, y
print("two instances via bound methods:", gc.collect())
