# tuple.count and tuple.index called with missing, extra or keyword arguments (the generated-program long run found
# tuple.count() failing inside the engine).
calls = [
    lambda: (1, 2).count(),
    lambda: (1, 2).count(1, 2),
    lambda: (1, 2).count(x=1),
    lambda: (1, 2).index(),
    lambda: (1, 2).index(1, 0, 2, 3),
    lambda: (1, 2).index(x=1),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
print((1, 2, 1).count(1), (1, 2).index(2))
((-2 ** 63,)).count()
