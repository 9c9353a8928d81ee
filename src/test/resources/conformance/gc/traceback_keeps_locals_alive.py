# Traceback and frame objects: what a kept exception keeps alive and what the collector counts.
import gc
gc.disable()
gc.collect()
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("released", self.name)
def fails():
    r = Resource("in failing frame")
    raise RuntimeError("boom")
saved = []
try:
    fails()
except RuntimeError as e:
    saved.append(e)
print("exception kept: frame locals alive")
saved.clear()
print("after clear")
def fails_in_cycle():
    r = Resource("in cycle")
    try:
        raise RuntimeError("again")
    except RuntimeError as e:
        r.err = e
fails_in_cycle()
print("collect:", gc.collect())
