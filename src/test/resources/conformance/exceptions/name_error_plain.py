print("start")
value = 1
print(completely_unknown_name_xyz)
