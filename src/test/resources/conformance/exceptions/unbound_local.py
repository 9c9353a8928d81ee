total = 0
def add(v):
    total = total + v
    return total

print("calling add")
add(1)
