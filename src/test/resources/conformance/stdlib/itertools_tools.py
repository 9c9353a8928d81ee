import itertools
from itertools import (count, cycle, repeat, chain, islice, accumulate, product, permutations, combinations,
                       zip_longest, groupby, starmap, takewhile, dropwhile, filterfalse, compress, tee, pairwise,
                       combinations_with_replacement)
import operator

print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(cycle('ab'), 5)), list(repeat('x', 3)))
print(list(chain([1, 2], 'ab', (3,))), list(chain.from_iterable([[1], [2, 3]])))
print(list(islice(range(10), 2, 8, 2)), list(islice('abcdef', 3)), list(islice(range(5), 1, None)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=10)))
print(list(product('ab', [1, 2])), list(product([0, 1], repeat=2)))
print(list(permutations('abc', 2)), len(list(permutations(range(5)))))
print(list(combinations('abcd', 2)), list(combinations(range(3), 5)), list(combinations_with_replacement('ab', 2)))
print(list(zip_longest('abc', [1], fillvalue='-')), list(zip_longest()))
print([(k, list(g)) for k, g in groupby('aaabccaa')], [(k, len(list(g))) for k, g in groupby([1, 3, 2, 4], key=lambda x: x % 2)])
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])),
      list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(filterfalse(None, [0, 1, '', 'a'])))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(pairwise('abcd')))
a, b = tee([1, 2, 3])
print(list(a), list(b))
for label, args in [('negative', (range(3), -1)), ('step', (range(3), 0, 3, 0))]:
    try:
        islice(*args)
    except ValueError as e:
        print(label, 'ValueError', e)
