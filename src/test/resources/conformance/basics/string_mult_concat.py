print("ab" * 3, 3 * "-", "x" * 0 + "|", "y" * -2 + "|")
print([1, 2] * 2, (0,) * 3)
s = "a"
s += "b"
s *= 2
print(s, len(s))
print("a" + str(1) + repr("b"))
print("abc" < "abd", "Z" < "a", "abc" == "ab" + "c")
print("ab" in "cabd", "" in "x", ord("A"), chr(97), chr(0x263A))
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 2.0
except TypeError as e:
    print("TypeError:", e)
