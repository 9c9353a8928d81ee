from __future__ import annotations
import __future__


def area(width: float, height: float = 1.0) -> float:
    return width * height


print(area(2.5), __future__.annotations.compiler_flag == 0x1000000, 'annotations' in __future__.all_feature_names)
try:
    import math.extra
except ModuleNotFoundError as e:
    print(e, '|', e.name)
try:
    import collections.nothing
except ModuleNotFoundError as e:
    print(e, '|', e.name)
try:
    import missing_pkg.sub
except ModuleNotFoundError as e:
    print(e, '|', e.name)
