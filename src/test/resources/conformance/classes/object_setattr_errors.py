o = object()
try:
    o.x = 1
except AttributeError as e:
    print("object():", e)
try:
    (1).x = 1
except AttributeError as e:
    print("int:", e)
try:
    "s".upper = None
except AttributeError as e:
    print("str method:", e)
try:
    [].append.x = 1
except AttributeError as e:
    print("builtin method:", e)
try:
    setattr(5, "real", 6)
except AttributeError as e:
    print("int.real:", e)
print("done")
