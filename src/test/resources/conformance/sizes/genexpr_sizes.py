# Generator expressions are generators over an anonymous function.
import sys

data = list(range(100))
print("(x for x in data):", sys.getsizeof(x for x in data))
print("(x * 2 for x in data if x):", sys.getsizeof(x * 2 for x in data if x))
print("(x + y for x in data for y in data):", sys.getsizeof(x + y for x in data for y in data))
print("(i for i in range(1000)):", sys.getsizeof(i for i in range(1000)))
print("(i for i in range(10)):", sys.getsizeof(i for i in range(10)))
