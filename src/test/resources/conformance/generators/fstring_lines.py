def lines(n):
    for i in range(1, n + 1):
        yield f"Line {i}"

for line in lines(3):
    print(line)
gen = lines(2)
print(list(gen), list(gen))
print([f"Line {i}" for i in range(2)])
numbered = (f"{i:>3}: {s!r}" for i, s in enumerate(["a", "bb"], 1))
print("\n".join(numbered))
