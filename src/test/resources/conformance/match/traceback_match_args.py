class Broken:
    __match_args__ = ["x"]


def check(v):
    match v:
        case Broken(
                x):
            return x


check(Broken())
