match {}:
    case {"k": 1, "j": 2, "k": 3}:
        pass
