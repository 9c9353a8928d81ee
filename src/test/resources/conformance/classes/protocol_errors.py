class BadIter:
    def __iter__(self):
        return 5
class NegLen:
    def __len__(self):
        return -1
class StrRepr:
    def __repr__(self):
        return 1
for label, action in [("iter", lambda: iter(BadIter())), ("len", lambda: len(NegLen())),
                      ("repr", lambda: repr(StrRepr()))]:
    try:
        action()
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)
class BoolBad:
    def __bool__(self):
        return 1
try:
    bool(BoolBad())
except TypeError as e:
    print("bool TypeError:", e)
class HashBad:
    def __hash__(self):
        return "h"
try:
    hash(HashBad())
except TypeError as e:
    print("hash TypeError:", e)
