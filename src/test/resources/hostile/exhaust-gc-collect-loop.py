# Full collections of a big heap, forever.
import gc
keep = [[i] for i in range(100000)]
while True:
    gc.collect()
