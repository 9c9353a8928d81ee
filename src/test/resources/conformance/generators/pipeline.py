def numbers(n):
    for i in range(n):
        print("produce", i)
        yield i

def doubled(src):
    for v in src:
        yield v * 2

def limited(src, k):
    for i, v in enumerate(src):
        if i >= k:
            return
        yield v

print(list(limited(doubled(numbers(10)), 3)))
total = sum(doubled(numbers(3)))
print("total", total)
