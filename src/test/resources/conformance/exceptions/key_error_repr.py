d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print("str:", str(e), "repr:", repr(e), "args:", e.args)
try:
    d[(1, "x")]
except KeyError as e:
    print("tuple key:", e)
try:
    {}.pop(3)
except KeyError as e:
    print("pop:", e)
print(d[""])
