b = b"hello"
print(b, b[0], b[1:3], len(b), b + b"!", b * 2)
print(b.upper(), b.split(b"l"), b.find(b"lo"), b"\x00\xff", bytes(3), bytes([65, 66]))
print(list(b"ab"), b"a" in b"cat", 104 in b)
print(repr(b"it's"), b'"q"', bytes(range(3)))
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
