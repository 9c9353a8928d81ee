import gc
gc.disable()
gc.collect()
class Marker:
    pass

m = Marker()
def present(gen):
    return any(o is m for o in gc.get_objects(gen))
print("gen0:", present(0), "gen1:", present(1), "gen2:", present(2))
gc.collect(0)
print("gen0:", present(0), "gen1:", present(1), "gen2:", present(2))
gc.collect(1)
print("gen0:", present(0), "gen1:", present(1), "gen2:", present(2))
print("in all objects:", any(o is m for o in gc.get_objects()))
big = 10 ** 30
print("untracked int not listed:", any(o is big for o in gc.get_objects()))
