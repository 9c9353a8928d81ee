# all() over an endless generator.
import itertools
print(all(x >= 0 for x in itertools.count()))
