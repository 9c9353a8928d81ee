class AppError(Exception):
    pass

class DetailedError(AppError):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code

try:
    raise AppError("single")
except AppError as e:
    print("str:", str(e), "repr:", repr(e), "args:", e.args)
try:
    raise DetailedError(404, "not found")
except AppError as e:
    print("str:", str(e), "repr:", repr(e), "code:", e.code, type(e).__name__)
print(str(AppError()), repr(AppError()), str(AppError(1, 2)), repr(ValueError("v")))
raise DetailedError(500, "server")
