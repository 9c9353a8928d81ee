match 1:
    case int(real=a, b, c):
        pass
