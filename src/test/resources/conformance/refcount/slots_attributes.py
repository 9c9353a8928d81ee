# __slots__ attributes hold references like dict attributes.
import sys


class Pair:
    __slots__ = ('left', 'right')


obj = [0]
p = Pair()
p.left = obj
print("one slot:", sys.getrefcount(obj))
p.right = obj
print("two slots:", sys.getrefcount(obj))
del p.left
print("slot deleted:", sys.getrefcount(obj))
p.right = None
print("slot rebound:", sys.getrefcount(obj))
p.left = p.right = obj
del p
print("instance dropped:", sys.getrefcount(obj))
