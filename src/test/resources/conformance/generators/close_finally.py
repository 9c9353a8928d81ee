def worker():
    print("start")
    try:
        while True:
            yield "tick"
    finally:
        print("cleanup in finally")

g = worker()
print(next(g), next(g))
g.close()
print("closed; next gives:", next(g, "exhausted"))
g.close()
print("second close is a no-op")
fresh = worker()
fresh.close()
print("closing an unstarted generator runs nothing")
