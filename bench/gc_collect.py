# gc.collect() on a heap of HEAP_OBJECTS tracked objects (empty lists, all reachable from one list), with
# automatic collection off; GcCollectBenchmark substitutes both numbers and times the program on the engine
# and on CPython 3.12 (see the README, Performance).
import gc

HEAP_OBJECTS = 1000
COLLECTIONS = 1

gc.disable()
heap = [[] for _ in range(HEAP_OBJECTS)]
for _ in range(COLLECTIONS):
    gc.collect()
print(len(heap))
