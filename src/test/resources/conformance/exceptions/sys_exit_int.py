import sys
print("before exit")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit code", e.code)
sys.exit(3)
print("never")
