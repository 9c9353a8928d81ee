# Which builtin calls hold their arguments in a tuple, per version (the count seen inside __iter__/__index__).
import sys
class P:
    def __index__(self):
        print("index", sys.getrefcount(self)); return 1
    def keys(self):
        print("keys", sys.getrefcount(self)); return []
    def __iter__(self):
        print("iter", sys.getrefcount(self)); return iter([])
p = P()

print("bytearray"); bytearray(p)
print("dict"); dict(p)
print("enumerate"); enumerate(p)
print("zip"); zip(p)
print("map"); map(len, p)
print("filter"); filter(None, p)
print("iter"); iter(p)
print("sorted"); sorted(p)
print("sum"); sum(p)
print("min"); min(p, default=0)
print("any"); any(p)
print("dict.fromkeys"); dict.fromkeys(p)
print("list.extend"); [].extend(p)
print("set.update"); set().update(p)
print("str.join"); "".join(p)
print("tuple"); tuple(p)
print("frozenset"); frozenset(p)
print("hex"); hex(p)
print("slice"); [1, 2][p]
