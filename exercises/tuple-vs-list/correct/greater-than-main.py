import sys


def main():
    numbers = [7, 8, 9]
    list_bytes = sys.getsizeof(numbers)
    tuple_bytes = sys.getsizeof(tuple(numbers))
    print("list", list_bytes, "tuple", tuple_bytes)
    return list_bytes > tuple_bytes


if __name__ == "__main__":
    print("list is bigger:", main())
