def handler_fails():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")

try:
    handler_fails()
except KeyError as e:
    print("got", repr(e), "context", repr(e.__context__))
handler_fails()
