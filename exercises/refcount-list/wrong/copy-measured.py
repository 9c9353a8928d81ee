import copy
import sys


class Token:
    pass


tok = Token()
before = sys.getrefcount(copy.copy(tok))
bag = [tok]
after = sys.getrefcount(copy.copy(tok))
print(before, after)
