print("a", end="")
print("b" sep="")
