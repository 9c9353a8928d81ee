class Account:
    __match_args__ = ("owner", "balance")

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance


def audit(accounts):
    for acc in accounts:
        match acc:
            case Account(owner, balance) if balance < 0:
                print(owner, "overdrawn")
            case Account(owner, balance) if (
                    balance / acc.limit > 1):
                print(owner, "over the limit")
            case _:
                print("ok")


audit([Account("a", -1)])
audit([Account("b", 5)])
