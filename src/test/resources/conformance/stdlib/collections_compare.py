# Comparisons of Counter and OrderedDict, and of program-defined dict and list subclasses: the subclass's
# special method decides before the builtin comparison (Objects/object.c do_richcompare).
from collections import Counter, OrderedDict

a = OrderedDict([(1, 'a'), (2, 'b')])
b = OrderedDict([(2, 'b'), (1, 'a')])
print(a == b, a != b, a == dict(b), dict(b) == a, a == OrderedDict(a))

print(Counter('aab') == Counter('aba'), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=1, b=0))
print(Counter('ab') == {'a': 1, 'b': 1}, {'a': 1, 'b': 1} == Counter('ab'))
print(Counter('abc') <= Counter('abcc'), Counter('ab') < Counter('abc'), Counter('ab') < Counter('ab'))
print(Counter('abcc') >= Counter('abc'), Counter('abc') > Counter('ab'), Counter(a=0) >= Counter())
try:
    Counter('a') < {'a': 2}
except TypeError as e:
    print('TypeError:', e)


class Loud(dict):
    def __eq__(self, other):
        return 'Loud.__eq__'


class Ranked(list):
    def __lt__(self, other):
        return 'Ranked.__lt__'


class Plain(list):
    pass


print(Loud() == {}, {} == Loud(), Loud(x=1) != {'x': 1})
print(Ranked() < [], [] > Ranked(), Ranked([1]) < Ranked([0]))
print(Plain([1, 2]) == [1, 2], Plain([1]) < Plain([2]), [3] > Plain([2]))
