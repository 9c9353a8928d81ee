class S:
    __slots__ = ("a", "b")

s = S()
s.a = 1
print(s.a)
try:
    s.b
except AttributeError as e:
    print("unset slot:", e)
try:
    s.c = 3
except AttributeError as e:
    print("undeclared:", e)
try:
    s.__dict__
except AttributeError as e:
    print("__dict__:", e)
try:
    vars(s)
except TypeError as e:
    print("vars:", e)
try:
    del s.b
except AttributeError as e:
    print("del unset:", e)
print(S.__slots__, hasattr(s, "a"), hasattr(s, "b"))
s.aa = 5
