match [1]:
    case [x] | [y] if x:
        pass
    case a | b:
        pass
