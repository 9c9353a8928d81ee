def convert(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError("bad input") from None

try:
    convert("x")
except TypeError as e:
    print("cause:", e.__cause__, "suppressed:", e.__suppress_context__, "context:", type(e.__context__).__name__)
convert("y")
