def parse(text):
    return int(text)


def load(values):
    result = parse(values[0])
    return parse(values[1]) + result


total = load(["1", "2"]) * 2
print(total)
values = ["3", "x"]
load(values)
