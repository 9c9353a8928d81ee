def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
def g():
    try:
        f()
    finally:
        print("cleanup")
g()
