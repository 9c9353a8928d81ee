items = [1, 2]
try:
    items.push(3)
except AttributeError as e:
    print("caught:", e)
    print("name/obj:", e.name, e.obj is items)
"text".appendd("x")
