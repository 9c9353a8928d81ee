import sys
print(sys.version_info[:2] >= (3, 11))
print(sys.version_info[0])
major, minor = sys.version_info[:2]
print(f"python{major}.{minor}")
print(sys.version_info.major == major, isinstance(sys.version_info.minor, int))
print(sys.getrecursionlimit())
