# stdout's pending buffer is flushed once about 8 KiB are queued; then printed strings are released.
import sys

s = "+".join(["ab", "cd"])
print(s)
print("queued:", sys.getrefcount(s))
filler = "x" * 100
for i in range(70):
    print(filler)
print("after 7 KB more:", sys.getrefcount(s))
for i in range(20):
    print(filler)
print("after 9 KB more:", sys.getrefcount(s))
