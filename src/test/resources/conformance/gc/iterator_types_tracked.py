# Iterators of every builtin kind: type name, whether the collector tracks them (range iterators are not
# GC objects) and their size.
import gc, sys
its = [iter([]), iter(()), iter(range(3)), iter("ab"), iter({}), iter({1}), iter({}.values()), iter({}.items()), reversed([]), enumerate([]), zip(), map(len, []), filter(None, [])]
for it in its:
    print(type(it).__name__, gc.is_tracked(it), sys.getsizeof(it))
