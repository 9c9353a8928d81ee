for n in range(2, 12):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
i = 0
while i < 3:
    i += 1
else:
    print("while done", i)
while True:
    i -= 1
    if i == 0:
        break
else:
    print("not printed")
for x in []:
    pass
else:
    print("empty for else")
for k in range(5):
    if k % 2:
        continue
    print("even", k)
