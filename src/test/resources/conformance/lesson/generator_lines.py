# Lesson cell: a generator produces lines one at a time instead of building a list.
import sys


def read_lines(n):
    for i in range(n):
        yield f"Line {i}"


lines = read_lines(5)
print("generator size:", sys.getsizeof(lines))
print(next(lines))
print(next(lines))
for line in lines:
    print(line)

all_lines = list(read_lines(5))
print(all_lines)
print("list size:", sys.getsizeof(all_lines))
