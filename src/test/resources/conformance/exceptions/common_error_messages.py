# Error messages of common mistakes (arguments, operands, unpacking, lookups) and the compiler's 'perhaps you
# missed a comma?' SyntaxWarnings for calling or subscripting literals.
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6))
for call in [lambda: f(), lambda: f(1), lambda: f(1, 2, c=3, c2=1, a=1), lambda: len(), lambda: len(1, 2), lambda: [].append(), lambda: {}.get(), lambda: int("1", 2, 3), lambda: print(sep=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
class C:
    def m(self, x):
        return x
try:
    C().m()
except TypeError as e:
    print(e)
try:
    C.m(1)
except TypeError as e:
    print(e)
try:
    C(1)
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    "a" - 1
except TypeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
try:
    [1][1.5]
except TypeError as e:
    print(e)
try:
    {[]: 1}
except TypeError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    x = undefined_name
except NameError as e:
    print(e)
try:
    "abc".nope()
except AttributeError as e:
    print(e)
try:
    import nonexistent_module
except ImportError as e:
    print(type(e).__name__, e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}.pop("k")
except KeyError as e:
    print(repr(e))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    float("nan") < 1 < None
except TypeError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
