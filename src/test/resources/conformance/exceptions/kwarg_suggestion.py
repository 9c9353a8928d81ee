def configure(value, *, verbose=False):
    return value, verbose

print(configure(1, verbose=True))
try:
    configure(1, verbos=True)
except TypeError as e:
    print("caught:", e)
configure(valeu=2)
