# Past 30 names the shared keys are full and the instance gets its own combined table.
import sys


class Wide:
    pass


w = Wide()
for i in range(34):
    setattr(w, "f%d" % i, i)
    if i >= 27:
        print(i + 1, "attributes:", sys.getsizeof(w.__dict__))
print("instance:", sys.getsizeof(w))
