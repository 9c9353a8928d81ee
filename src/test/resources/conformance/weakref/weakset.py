# weakref.WeakSet: members held weakly, dropped when they die, membership by identity of live objects.
import weakref, gc
class Item:
    def __init__(self, n):
        self.n = n
ws = weakref.WeakSet()
a, b = Item(1), Item(2)
ws.add(a)
ws.add(b)
ws.add(a)
print(len(ws), a in ws, Item(3) in ws, sorted(i.n for i in ws), 5 in ws)
del a
print(len(ws), sorted(i.n for i in ws))
ws.discard(b)
print(len(ws))
ws2 = weakref.WeakSet([b])
print(len(ws2), b in ws2, type(ws2).__name__)
del b
print(len(ws2))
