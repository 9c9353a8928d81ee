def risky(kind):
    if kind == 0:
        return [][1]
    if kind == 1:
        return {}["k"]
    if kind == 2:
        return int("q")
    return "fine"

for k in range(4):
    try:
        r = risky(k)
    except (IndexError, KeyError) as e:
        print(k, "lookup", type(e).__name__, e)
    except ValueError as e:
        print(k, "value", e)
    else:
        print(k, "else", r)
    finally:
        print(k, "finally")
try:
    e
except NameError as err:
    print("e is unbound after except:", err)
