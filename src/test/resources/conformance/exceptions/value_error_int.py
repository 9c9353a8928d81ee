print(int("10"))
print(int("x"))
