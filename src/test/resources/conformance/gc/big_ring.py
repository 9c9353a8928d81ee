import gc
gc.disable()
gc.collect()
class Node:
    pass

first = Node()
cur = first
for i in range(99):
    nxt = Node()
    cur.next = nxt
    cur = nxt
cur.next = first
del first, cur, nxt
print("ring of 100 instances:", gc.collect())
lists = [[] for _ in range(50)]
for i in range(50):
    lists[i].append(lists[(i + 1) % 50])
del lists
print("ring of 50 lists:", gc.collect())
