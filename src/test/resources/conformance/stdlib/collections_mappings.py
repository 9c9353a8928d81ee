import gc
import sys
from collections import defaultdict, Counter, OrderedDict

groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'cherry', 'blueberry']:
    groups[word[0]].append(word)
print(groups, len(groups), groups['z'], 'z' in groups, dict(groups))
print(sys.getsizeof(defaultdict()), sys.getsizeof(defaultdict(int)), gc.is_tracked(groups))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, counts.default_factory, defaultdict(None), type(counts).__name__, isinstance(counts, dict))
print(repr(defaultdict(lambda: 0)).startswith('defaultdict(<function <lambda>'), counts.copy())
factory_calls = []


def make():
    factory_calls.append(1)
    return []


d = defaultdict(make)
d['a']
d['a']
print(len(factory_calls), d.get('b'), len(factory_calls))
try:
    defaultdict(None)['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), c.most_common(), c.total())
print(sorted(c.elements()), Counter({'x': 2, 'y': 1}), Counter(a=3, b=1), Counter())
c.update('aaz')
c.subtract({'b': 5})
print(c, +c, -c)
print(Counter('aab') + Counter('bcc'), Counter('aab') - Counter('ab'), Counter('aab') | Counter('bbb'),
      Counter('aab') & Counter('abb'))
print(Counter('ab') == Counter('ba'), isinstance(c, dict))
del c['nothing']
print(len(c), type(c).__name__)
od = OrderedDict()
od['one'] = 1
od['two'] = 2
od['three'] = 3
od.move_to_end('one')
print(list(od), od.popitem(), od.popitem(last=False), od)
od = OrderedDict([('a', 1), ('b', 2)])
od.move_to_end('b', last=False)
print(list(od.items()), od == OrderedDict([('b', 2), ('a', 1)]),
      od == {'a': 1, 'b': 2}, OrderedDict())
value = [1, 2]
before = sys.getrefcount(value)
holder = defaultdict(list, {'k': value})
print(sys.getrefcount(value) - before)
del holder
print(sys.getrefcount(value) - before)
gc.collect()
cyc = defaultdict(list)
cyc['self'].append(cyc)
del cyc
print(gc.collect())
