def inner():
    raise ValueError("original")

def middle():
    try:
        inner()
    except ValueError:
        print("middle logs and re-raises")
        raise

try:
    middle()
except ValueError as e:
    print("outer got", e)
try:
    try:
        inner()
    except ValueError as e:
        err = e
    raise err
except ValueError as e2:
    print("same object:", e2 is err)
middle()
