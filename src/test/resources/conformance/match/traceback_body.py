def area(shape):
    match shape:
        case {"kind": "square", "side": side}:
            return side * side
        case {"kind": "circle", "r": r} if r / 0:
            return r
        case _:
            return None


print(area({"kind": "square", "side": 3}))
try:
    area({"kind": "square", "side": "x"})
except TypeError as e:
    print("TypeError", e)
area({"kind": "circle", "r": 1})
