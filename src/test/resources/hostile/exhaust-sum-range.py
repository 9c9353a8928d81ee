# sum over a huge range.
print(sum(range(10 ** 12)))
