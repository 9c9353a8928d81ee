import gc
gc.disable()
gc.collect()
order = []
def first(phase, info):
    order.append("first:" + phase)
def second(phase, info):
    order.append("second:" + phase)

gc.callbacks.append(first)
gc.callbacks.append(second)
gc.collect()
print(order)
gc.callbacks.clear()
order.clear()
gc.collect()
print("after clear:", order)
