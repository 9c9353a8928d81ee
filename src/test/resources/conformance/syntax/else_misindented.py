if x == 1:
    print("one")
  else:
    print("other")
