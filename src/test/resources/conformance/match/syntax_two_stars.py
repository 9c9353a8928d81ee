match []:
    case [*a, 1, *b]:
        pass
