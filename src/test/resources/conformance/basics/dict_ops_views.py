d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
keys = d.keys()
d["z"] = 0
print(keys, len(keys), "z" in keys)
print(d.get("q"), d.get("q", -1), d.setdefault("a", 99), d.setdefault("n", 5))
print(d.pop("b"), d.pop("nope", "dflt"), d)
del d["a"]
d["a"] = 7
print(d, d.popitem(), d)
e = dict(x=1, y=2)
e.update({"y": 20, "w": 30}, v=40)
print(e, {**e, "x": 0})
print(dict.fromkeys([1, 2, 3], 0), dict(zip("abc", range(3))))
print({1: "a"} == {1: "a"}, d.values() == d.values())
print(e.items() & {("x", 1)}, sorted(e.keys() - {"x"}))
print(e | {"q": 1})
