# Calling getsizeof wrongly.
import sys

try:
    sys.getsizeof()
except TypeError as e:
    print(e)
try:
    sys.getsizeof(1, 2, 3)
except TypeError as e:
    print(e)
print(sys.getsizeof(object=[1]))
sys.getsizeof(1, default=2, extra=3)
