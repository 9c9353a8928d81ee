def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            return count, average
        total += term
        count += 1
        average = total / count

avg = averager()
next(avg)
for t in [10, 20, 30.5]:
    print(f"sent {t} -> average {avg.send(t)}")
try:
    avg.send(None)
except StopIteration as stop:
    print("result:", stop.value)
def wrapper():
    result = yield from averager()
    print("delegated result", result)
w = wrapper()
next(w)
w.send(4)
w.send(6)
try:
    w.send(None)
except StopIteration:
    print("wrapper done")
