# del d[k], d[k] = v, del l[i] and l[i] = v on classes derived from dict and list (Counter, defaultdict,
# OrderedDict and the program's own), which use the class's own method when it has one and the base's otherwise.
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
l2 = L([1, 2])
l2[0] = 'x'
l2[1:] = ['y', 'z']
print(l2)
class S(list):
    def __setitem__(self, i, v):
        print('own setitem', i, v)
s = S([1])
s[0] = 2
print(s)
