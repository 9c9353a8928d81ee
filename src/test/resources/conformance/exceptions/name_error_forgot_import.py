print("using sys without import")
print(sys.getrefcount([]))
