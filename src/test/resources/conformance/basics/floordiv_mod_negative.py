for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (-1, 5)]:
    print(f"{a} // {b} = {a // b}   {a} % {b} = {a % b}   divmod = {divmod(a, b)}")
print("float floordiv:", -7.5 // 2, 7.5 % -2)
print("float mod zero sign:", -0.0 % 5, 6.0 % -3)
print("big neg:", (-10 ** 20) // 3, (-10 ** 20) % 3)
print("pow mod:", pow(3, 200, 1000), pow(2, -1, 7))
print("true div:", 7 / 2, -7 / 2, 1 / 3)
