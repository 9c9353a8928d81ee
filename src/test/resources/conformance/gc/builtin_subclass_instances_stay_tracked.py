# Instances of dict and tuple subclasses are GC-tracked from birth and stay tracked: dict_new untracks only an exact
# dict, and the collector's untrack_tuples / untrack_dicts check PyTuple_CheckExact / PyDict_CheckExact.
import gc
class D(dict): pass
class T(tuple): pass
class L(list): pass
d = D(k=True); t = T((1, 2)); e = D(); l = L()
print(gc.is_tracked(d), gc.is_tracked(t), gc.is_tracked(e), gc.is_tracked(l))
gc.collect()
print(gc.is_tracked(d), gc.is_tracked(t), gc.is_tracked(e), gc.is_tracked(l), gc.is_tracked((1, 2)), gc.is_tracked({}))
x = {"a": 1}; y = (1, 'a')
gc.collect()
print(gc.is_tracked(x), gc.is_tracked(y))
