class Plain:
    pass

p = Plain()
p.x = 1
del p.x
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
d = {"a": 1}
try:
    del d["b"]
except KeyError as e:
    print("KeyError:", e)
try:
    del undefined_global
except NameError as e:
    print("NameError:", e)
del p.zz
