class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __delitem__(self, i):
        del self.cards[i]
    def __contains__(self, c):
        print("  contains called")
        return c in self.cards

d = Deck("ABCDE")
print(len(d), d[0], d[-1], d[1:3])
d[0] = "Z"
del d[1]
print(d.cards, "C" in d, "Q" in d)
print(list(d), [c for c in d], list(reversed(d)))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
