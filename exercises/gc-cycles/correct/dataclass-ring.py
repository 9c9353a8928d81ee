import gc
from dataclasses import dataclass
from typing import Optional


@dataclass
class Node:
    name: str
    next: Optional["Node"] = None


gc.collect()  # start from a clean heap: only the ring below is garbage next time
a, b, c = Node("a"), Node("b"), Node("c")
a.next, b.next, c.next = b, c, a
del a, b, c
unreachable = gc.collect()
print("unreachable:", unreachable)
