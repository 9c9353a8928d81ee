try:
    raise KeyboardInterrupt
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught BaseException:", type(e).__name__)
class MyBase(BaseException):
    pass
raise MyBase("custom base")
