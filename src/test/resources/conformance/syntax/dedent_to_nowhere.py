lst = [1, 2, 3]
for x in lst:
    print(x)
  print("done")
