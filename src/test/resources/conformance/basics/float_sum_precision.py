print("sum of ten 0.1:", sum([0.1] * 10))
print("sum cancels:", sum([1e100, 1.0, -1e100]))
total = 0.0
for _ in range(10):
    total += 0.1
print("loop of += 0.1:", total)
print("sum of ints stays int:", sum([1, 2, 3]), type(sum([1, 2.0])).__name__)
print("sum with float start:", sum([1, 2], 0.5))
print("mixed:", sum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3)
