print("before input")
try:
    line = input()
except EOFError as e:
    print("EOFError caught:", repr(e), str(e) == "")
print("now uncaught")
name = input("Name? ")
print("never")
