# pow builtin with a huge result.
x = pow(2, 10 ** 12)
