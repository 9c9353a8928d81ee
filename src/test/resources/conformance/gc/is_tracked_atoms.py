import gc
gc.disable()
gc.collect()
n = 12345
values = [("int", n), ("big int", 10 ** 40), ("str", "text"), ("float", 1.5), ("bytes", b"ab"),
          ("None", None), ("True", True), ("object()", object()), ("range", range(3)), ("empty tuple", ())]
for label, v in values:
    print(label, gc.is_tracked(v))
