import sys


class Account:
    def __init__(self, owner):
        self.owner = owner


acct = Account("ada")
r1 = sys.getrefcount(acct)
ledger = [acct]
r2 = sys.getrefcount(acct)
if r2 - r1 == 1:
    print(r1, r2, "one reference added by the list")
else:
    print(r1, r2, "unexpected")
