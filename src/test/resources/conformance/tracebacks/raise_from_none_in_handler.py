def outer():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("during handling") from None
def other():
    try:
        {}["x"]
    except KeyError:
        outer()
other()
