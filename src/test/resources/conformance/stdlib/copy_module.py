import copy
import sys


class Point:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags


inner = [1, 2]
outer = [inner, inner, {'k': inner}]
shallow = copy.copy(outer)
deep = copy.deepcopy(outer)
print(shallow == outer, shallow is outer, shallow[0] is inner, deep[0] is inner, deep[0] is deep[1], deep[2]['k'] is deep[0])
t = (1, 'a', (2, 3))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
p = Point(1, ['a'])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q.x, q.tags is p.tags, r.tags is p.tags, r.tags == p.tags, type(r).__name__)
cycle = [1]
cycle.append(cycle)
dc = copy.deepcopy(cycle)
print(dc[1] is dc, dc[0], len(dc))
d = {'a': [1], 'b': {2, 3}}
print(copy.deepcopy(d), copy.copy(d)['a'] is d['a'], copy.deepcopy(d)['a'] is d['a'])
before = sys.getrefcount(inner)
copies = copy.deepcopy(outer)
print(sys.getrefcount(inner) - before)


class Custom:
    def __copy__(self):
        return 'custom copy'

    def __deepcopy__(self, memo):
        return 'custom deepcopy'


print(copy.copy(Custom()), copy.deepcopy([Custom()]))
