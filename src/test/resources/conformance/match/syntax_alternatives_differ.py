match [1]:
    case [a] | (b, _):
        pass
