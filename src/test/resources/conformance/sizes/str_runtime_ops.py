# Strings produced by operations are sized by their kind and length.
import sys

base = "-".join(["alpha", "beta", "gamma"])
print(base, sys.getsizeof(base))
print("upper:", sys.getsizeof(base.upper()))
print("slice [2:7]:", sys.getsizeof(base[2:7]))
print("replace:", sys.getsizeof(base.replace("-", "--")))
print("split parts:", [sys.getsizeof(p) for p in base.split("-")])
wide = base + "\u0100"
print("with one UCS-2 char:", sys.getsizeof(wide))
print("back to ASCII by slicing:", sys.getsizeof(wide[:5]))
print("str(3.5):", sys.getsizeof(str(3.5)))
print("repr([1, 2]):", sys.getsizeof(repr([1, 2])))
