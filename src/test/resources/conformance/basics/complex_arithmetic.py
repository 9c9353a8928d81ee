# complex numbers: the four operations, powers (small integral exponents by repeated squaring, others in polar
# form), equality with int and float, and the errors CPython raises.
def attempt(label, f):
    try:
        print(label, f())
    except (ZeroDivisionError, TypeError) as e:
        print(label, type(e).__name__, e)


attempt("1j / 0:", lambda: 1j / 0)
attempt("1j / 0j:", lambda: 1j / 0j)
attempt("0j ** -1:", lambda: 0j ** -1)
attempt("0j ** 1j:", lambda: 0j ** 1j)
attempt("1j // 1:", lambda: 1j // 1)
attempt("1j % 1:", lambda: 1j % 1)
attempt("1j < 2j:", lambda: 1j < 2j)
attempt("1j > 1:", lambda: 1j > 1)
print(3 + 4j, (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j), (1 + 2j) ** 2, 2 ** (1j), (1 + 1j) ** 0.5)
print(1j * 1j, -(1 + 2j), +1j, (1 + 2j) - 1.5, 1j == 1j, 1 + 0j == 1, abs(3 + 4j), (2 + 0j) ** 3, 1j ** -2)
print(1j != 1, 2.0 == 2 + 0j, complex(1, 2) * 2, 2 * complex(1, 2), 1 - 1j, 1.5 + 1j, (1e308 + 1e308j) * 10)
z = 1j
z *= 2
z += 1
print(z, z.real, z.imag, 0j ** 0, (1 + 1j) ** 101 == (1 + 1j) ** 101.0)
