items = [10, 20, 30]
print(items[-3])
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    (1,)[2]
except IndexError as e:
    print("IndexError:", e)
try:
    items.pop(10)
except IndexError as e:
    print("IndexError:", e)
print(items[3])
