import random
print(0 <= random.random() < 1, random.randint(1, 6) in range(1, 7))
r = random.Random()
print(0 <= r.random() < 1)
state = r.getstate()
first = r.random()
r.setstate(state)
print(first == r.random(), len(state[1]), state[0])
