class Account:
    def __init__(self):
        self._balance = 0
    @property
    def balance(self):
        print("  get")
        return self._balance
    @balance.setter
    def balance(self, value):
        print("  set", value)
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value
    @balance.deleter
    def balance(self):
        print("  delete")
        self._balance = None

a = Account()
a.balance = 10
print(a.balance)
try:
    a.balance = -1
except ValueError as e:
    print("ValueError:", e)
del a.balance
print(a.balance)

class ReadOnly:
    @property
    def x(self):
        return 1
r = ReadOnly()
try:
    r.x = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.x
except AttributeError as e:
    print("AttributeError:", e)
