def echo():
    while True:
        received = yield
        print("echo:", received)

e = echo()
print("send(None) to start:", e.send(None))
e.send("a")
e.send("b")
try:
    echo().send("early")
except TypeError as err:
    print("TypeError:", err)
