def g():
    yield 1
    return "the value"

it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", repr(e.value), "str:", repr(str(e)))
def empty():
    return
    yield
try:
    next(empty())
except StopIteration as e:
    print("empty value:", e.value)
def raises_stop():
    yield 1
    raise StopIteration("inner stop")
try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
