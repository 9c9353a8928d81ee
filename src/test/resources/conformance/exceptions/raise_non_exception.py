try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError
except ValueError as e:
    print("class raised, instance caught:", repr(e))
class NotAnError:
    pass
raise NotAnError()
