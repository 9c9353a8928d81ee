# Modular pow with a huge exponent.
print(pow(3, 10 ** 10 ** 5, 7))
