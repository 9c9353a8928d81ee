try:
    {}["k"]
except KeyError as e:
    print(type(e).__name__, e.args, e.__traceback__ is not None, e.__cause__, e.__context__)
e2 = ValueError("a", 1)
print(e2.args, str(e2), e2.__traceback__)
e2.args = ("changed",)
print(str(e2), repr(e2))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr("x")), repr(WithStr("x")))
try:
    raise WithStr("y")
except Exception as e:
    print("caught:", e)
raise WithStr("uncaught")
