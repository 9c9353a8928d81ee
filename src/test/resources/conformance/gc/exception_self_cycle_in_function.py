import gc
gc.disable()
gc.collect()
def catcher():
    try:
        raise KeyError("k")
    except KeyError as e:
        saved = e
    return "done"

print(catcher())
print("exception referencing its frame via traceback:", gc.collect())
