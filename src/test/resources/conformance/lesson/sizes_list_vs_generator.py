# Lesson cell: a list comprehension stores every item, a generator expression stores none.
import sys

squares_list = [i for i in range(1000)]
squares_gen = (i for i in range(1000))

print("list comprehension:", sys.getsizeof(squares_list), "bytes")
print("generator expression:", sys.getsizeof(squares_gen), "bytes")
print("sum of the list:", sum(squares_list))
print("sum of the generator:", sum(squares_gen))
print("generator again:", sum(squares_gen))
