def f(x):
    return g(x) + 1
def g(x):
    return x["key"]
data = {"k": 1}
print(f(data))
