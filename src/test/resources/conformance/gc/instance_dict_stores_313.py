# On 3.13 a materialized __dict__ of an instance with inline values reads those values. An attribute store writes
# them without tracking the dict (store_instance_attr_lock_held); a store through the dict object tracks it
# (insertdict's MAINTAIN_TRACKING); a new key past the shared keys gives the dict a table of its own, which the
# instance visits from then on; replacing __dict__ detaches the old dict; clear() keeps the shared keys only for a
# dict whose values are embedded.
import gc
import sys


class B:
    pass


class A:
    __slots__ = ('x', '__dict__')


o = B()
d = o.__dict__
print('empty', gc.is_tracked(d))
o.z = [1]
print('attribute store', gc.is_tracked(d))
d['w'] = 5
print('dict store of an int', gc.is_tracked(d))
d['v'] = [2]
print('dict store of a list', gc.is_tracked(d))
q = B()
f = q.__dict__
f.update({'k': [1]})
print('update', gc.is_tracked(f))
r = B()
g = r.__dict__
g.setdefault('k', [1])
print('setdefault', gc.is_tracked(g), len(gc.get_referents(r)))
s = B()
h = s.__dict__
h['k'] = s
del h, s
print('cycle through the dict', gc.collect())

many = B()
for i in range(40):
    setattr(many, 'a%d' % i, i)
o5 = B()
d5 = vars(o5)
print('fresh', sys.getsizeof(d5), gc.is_tracked(d5))
d5['z'] = o5
print('past the shared keys', sys.getsizeof(d5), gc.is_tracked(d5), len(gc.get_referents(o5)))
del d5, o5
print('collect', gc.collect())

for K in (B, A):
    name = K.__name__
    o = K()
    o.a = [1]
    d = o.__dict__
    o.__dict__ = {'n': 1}
    print(name, 'replaced', len(gc.get_referents(d)), gc.is_tracked(d), len(gc.get_referents(o)), sys.getsizeof(d))
    d['m'] = 2
    print(name, d, o.__dict__)
    p = K()
    p.a = 1
    e = p.__dict__
    e.clear()
    p.b = [2]
    print(name, 'cleared', e, gc.is_tracked(e), len(gc.get_referents(p)), sys.getsizeof(e))
    q = K()
    q.a = 1
    f = vars(q)
    f[3] = 'int key'
    print(name, 'int key', gc.is_tracked(f), len(gc.get_referents(q)), sys.getsizeof(f))
    q.z = q
    del q, f
    print(name, 'collect', gc.collect())
    o = K()
    o.a = 1
    d = o.__dict__
    o.z = [1]
    print(name, 'before replacing', gc.is_tracked(d))
    o.__dict__ = {}
    print(name, 'detached', gc.is_tracked(d), len(gc.get_referents(d)), sys.getsizeof(d))


class L(list):
    pass


l = L()
l.a = 1
e = l.__dict__
e.clear()
print('list subclass cleared', sys.getsizeof(e))
