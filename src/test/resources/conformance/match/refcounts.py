import sys


class Node:
    __match_args__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


payload = object()
subject = [payload, {"key": payload}, Node(payload)]
print("start", sys.getrefcount(payload), sys.getrefcount(subject))


def probe(label):
    print(label, sys.getrefcount(payload), sys.getrefcount(subject))
    return False


match subject:
    case [p, {"key": q}, Node(r)] if probe("guard"):
        pass
    case [p, {"key": q}, Node(value=r, next=None)] if not probe("second guard"):
        print("body", sys.getrefcount(payload), sys.getrefcount(subject))
print("after", sys.getrefcount(payload), sys.getrefcount(subject))
p = q = r = None
print("rebound", sys.getrefcount(payload))


def in_function(s):
    match s:
        case [a, *b] | (a, *b):
            return sys.getrefcount(payload)


print("function locals", in_function([payload, payload]), sys.getrefcount(payload))

old = object()
holder = old
print("old before", sys.getrefcount(old))
match [payload]:
    case [holder]:
        print("capture replaced the old value", sys.getrefcount(old), holder is payload)

for i in range(3):
    match (i, payload):
        case (0, x):
            pass
        case (n, x) if n > 0:
            pass
    print("loop", i, sys.getrefcount(payload))
del x
print("end", sys.getrefcount(payload))
