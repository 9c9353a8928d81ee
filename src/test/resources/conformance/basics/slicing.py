s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7])
print(s[::2], s[1::3], s[::-1], s[::-3])
print(s[8:2:-2], s[-1:-4:-1], s[2:8:-1])
print(s[100:], s[-100:2], s[5:100])
t = "abcdefgh"
print(t[::-1], t[1:6:2], t[-2:], t[5:1:-1])
print((1, 2, 3, 4)[1:3], b"bytes"[1:3])
r = s[:]
r[2:5] = ["x"]
print(r)
r[::2] = "ABCD"
print(r)
del r[1::2]
print(r)
try:
    s[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
