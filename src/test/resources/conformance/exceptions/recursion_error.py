import sys
def down(n):
    return down(n + 1)

print("limit:", sys.getrecursionlimit())
try:
    down(0)
except RecursionError as e:
    print("caught:", e)
down(0)
