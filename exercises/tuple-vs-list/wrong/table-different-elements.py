import sys

sizes = {}
for name, container in [("tuple", (1, 2, 3)), ("list", [1, 2, 3, 4])]:
    sizes[name] = sys.getsizeof(container)
    print(f"{name:<6}{sizes[name]:>6}")
print("tuple smaller:", sizes["tuple"] < sizes["list"])
