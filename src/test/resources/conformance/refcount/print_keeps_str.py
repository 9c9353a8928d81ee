# When stdout is a pipe or file (as in the corpus), print() queues an ASCII str object itself in stdout's
# pending buffer, which keeps a reference until the buffer is flushed.
import sys

s = "-".join(["abc", "def"])
print("before printing:", sys.getrefcount(s))
print(s)
print("after printing it once:", sys.getrefcount(s))
print(s)
print("after printing it twice:", sys.getrefcount(s))
sys.stdout.flush()
print("after flush:", sys.getrefcount(s))
t = "-".join(["caf\xe9", "ol\xe9"])
print(t)
print("non-ASCII str is encoded, not kept:", sys.getrefcount(t))
sys.stdout.write(s + "\n")
print("a temporary concatenation:", sys.getrefcount(s))
sys.stdout.write(s)
sys.stdout.write("\n")
print("sys.stdout.write(s):", sys.getrefcount(s))
