s = "The quick brown fox"
print(s.split(" ", 2), s.rsplit(" ", 1), s.lower().count("o"))
print(s.index("quick"), s[s.find("brown"):], s.upper().lower() == s.lower())
print(repr("tab\tseparated"), "a,b".split(","), ",".join(["x"]), "".join([]))
print("hello".capitalize(), "  x  ".strip() == "x")
print("%".join(["1", "2"]), "a-b_c".replace("-", "_").split("_"))
print(str(123).rjust(6, "."), "{:^9}".format("mid"), "x".ljust(3, "-"))
print("line1\r\nline2\n".splitlines(), "a\nb".split("\n"), "  ".split())
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
print(sorted("bca"), "".join(sorted("bca")), "abc"[::-1], "Abc".lower() < "abd")
