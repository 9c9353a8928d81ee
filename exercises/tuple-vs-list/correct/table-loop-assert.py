import sys

elements = [2, 4, 6, 8, 10, 12]
sizes = {}
for name, container in [("tuple", tuple(elements)), ("list", list(elements))]:
    sizes[name] = sys.getsizeof(container)
    print(f"{name:<6}{sizes[name]:>6} bytes")
assert sizes["tuple"] < sizes["list"], "a tuple should be smaller"
print("assertion passed: the tuple is smaller")
