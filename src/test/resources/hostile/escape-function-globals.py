# A function's globals and builtins.
def f():
    pass
b = f.__globals__['__builtins__']
print(type(b).__name__)
print(hasattr(b, 'open'))
