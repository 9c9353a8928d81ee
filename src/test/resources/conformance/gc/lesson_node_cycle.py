import gc
gc.disable()
gc.collect()
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

first = Node(1)
second = Node(2)
first.next = second
second.next = first
print("before:", first.next.value, second.next.value)
first = None
second = None
print("unreachable objects found:", gc.collect())
