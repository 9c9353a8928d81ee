# del d[k] and del l[i] on classes derived from dict and list (Counter, defaultdict and the program's own), which
# use the class's own __delitem__ when it has one and the base's otherwise.
from collections import Counter, OrderedDict, defaultdict
class D(dict): pass
class L(list): pass
class M(dict):
    def __delitem__(self, k):
        print('own delitem', k)
d = D(a=1, b=2); del d['a']; print(d)
l = L([1, 2, 3]); del l[0]; del l[:1]; print(l)
m = M(a=1); del m['a']; print(m)
c = Counter('aab'); del c['a']; print(c)
dd = defaultdict(int, x=1); del dd['x']; print(dd)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
try:
    del l[9]
except IndexError as e:
    print('IndexError', e)
