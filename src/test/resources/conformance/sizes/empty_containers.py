# The empty forms of every container type.
import sys

for name, obj in [("list", []), ("tuple", ()), ("dict", {}), ("set", set()), ("frozenset", frozenset()),
                  ("str", ""), ("bytes", b""), ("bytearray", bytearray()), ("range", range(0))]:
    print(name, sys.getsizeof(obj))
