def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally while unwinding")

def consume():
    for v in gen():
        print("value", v)
        raise ValueError("consumer failed")

try:
    consume()
except ValueError as e:
    print("caught", e)
print("end")
