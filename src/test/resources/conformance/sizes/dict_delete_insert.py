# Deleted entries keep their slots until the next resize.
import sys

d = {}
for i in range(10):
    d["k%d" % i] = i
print("10 keys:", sys.getsizeof(d))
for i in range(9):
    del d["k%d" % i]
print("9 deleted:", len(d), sys.getsizeof(d))
d["new"] = 1
print("insert after deletes:", len(d), sys.getsizeof(d))
d["other"] = 2
print("another insert:", len(d), sys.getsizeof(d))
n = {}
for i in range(5):
    n[i] = i
del n[0]
n[99] = 99
print("int keys, delete one then insert:", len(n), sys.getsizeof(n))
n[100] = 100
print("one more:", len(n), sys.getsizeof(n))
