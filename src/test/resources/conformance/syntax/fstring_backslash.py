x=1
print(f"{x!r:\n}")
print(f"{\"a\"}")
