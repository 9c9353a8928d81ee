# Traceback and frame objects: what a kept exception keeps alive and what the collector counts.
import gc, sys
gc.disable()
gc.collect()
class Node:
    pass
def work():
    n = Node()
    n.self = n
    try:
        1 / 0
    except ZeroDivisionError:
        info = sys.exc_info()
        n.info = info
    return "ok"
print(work())
print("exc_info kept in a cycle:", gc.collect())
def clean():
    try:
        raise KeyError("x")
    except KeyError as err:
        pass
    return "no cycle"
print(clean(), gc.collect())
