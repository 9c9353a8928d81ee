import sys
from dataclasses import dataclass


@dataclass
class Measurement:
    kind: str
    size: int


items = [3, 1, 4, 1, 5]
rows = [Measurement("tuple", sys.getsizeof(tuple(items))), Measurement("list", sys.getsizeof(list(items)))]
for row in rows:
    print(row)
print("tuple smaller:", rows[0].size < rows[1].size)
