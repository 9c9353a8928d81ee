try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    print("context:", repr(e.__context__), "cause:", e.__cause__)
try:
    1 / 0
except ZeroDivisionError:
    undefined_name
