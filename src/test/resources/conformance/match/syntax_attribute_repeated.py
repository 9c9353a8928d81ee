match 1:
    case int(real=a, imag=b, real=c):
        pass
