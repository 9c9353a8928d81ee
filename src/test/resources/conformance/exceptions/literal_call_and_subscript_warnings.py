# The compiler's SyntaxWarnings for subscripting and calling literals (check_caller, check_subscripter,
# check_index), and what the runtime then raises.
x = 1
for f in [lambda: None(), lambda: True(), lambda: ...(), lambda: [1][1.5], lambda: (1, 2)["a"], lambda: "abc"[None],
          lambda: {1, 2}[0], lambda: 5[0], lambda: [1, 2][x], lambda: "ab"[0:1], lambda: (1)[0], lambda: f"x"[1.0],
          lambda: [i for i in "a"]["k"], lambda: {"a": 1}["a"], lambda: b"ab"[True]]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
