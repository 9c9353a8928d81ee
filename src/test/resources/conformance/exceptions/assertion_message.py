x = 3
assert x == 3, "fine"
try:
    assert x > 5
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert x > 5, f"x too small: {x}"
except AssertionError as e:
    print("message:", e)
assert x < 0, ("tuple", x)
