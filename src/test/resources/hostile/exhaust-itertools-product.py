# itertools.product of many ranges.
import itertools
print(sum(1 for _ in itertools.product(range(100), repeat=10)))
