counter = 10
print("start", counter)
print(countr)
