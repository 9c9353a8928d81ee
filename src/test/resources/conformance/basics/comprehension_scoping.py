x = "global x"
squares = [x * x for x in range(4)]
print(squares, x)
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs)
print({k: v for k, v in zip("ab", [1, 2])})
evens = [n for n in range(10) if n % 2 == 0 if n > 2]
print(evens)
matrix = [[r * 3 + c for c in range(3)] for r in range(2)]
print(matrix, [v for row in matrix for v in row])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
total = 0
print([total := total + v for v in [1, 2, 3]], total)
class K:
    base = 10
    vals = [base + 1]
    try:
        more = [base + k for k in range(2)]
    except NameError as e:
        print("NameError:", e)
print(K.vals)
