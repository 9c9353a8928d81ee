def kind(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -3.5:
            return "minus three and a half"
        case 1+2j:
            return "complex"
        case -1-1j:
            return "negative complex"
        case "hello" "world":
            return "concatenated string"
        case "a":
            return "letter a"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "no literal"


for value in [0, 0.0, -1, -1.0, 2.5, -3.5, 1+2j, -1-1j, "helloworld", "a", b"raw", None,
              True, False, 1, 10**30]:
    print(repr(value), "->", kind(value))

# a number pattern compares with ==, so True matches 1 but 1 does not match True
match True:
    case 1:
        print("True == 1")
match 1:
    case True:
        print("not reached")
    case _:
        print("1 is not True")
match 0:
    case False:
        print("not reached")
    case 0:
        print("0 is not False")
