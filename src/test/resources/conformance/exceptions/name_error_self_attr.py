class Account:
    def __init__(self):
        self.balance = 5
    def show(self):
        return balance

print("calling")
Account().show()
