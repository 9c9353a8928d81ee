total = None
try:
    total += 1
except TypeError as e:
    print("TypeError:", e)
count = 0
count += "1"
