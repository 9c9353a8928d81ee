class Suppress:
    def __init__(self, kind):
        self.kind = kind
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None, exc)
        return exc_type is not None and issubclass(exc_type, self.kind)

with Suppress(KeyError) as s:
    print("body", type(s).__name__)
    {}["x"]
print("after suppressed")
with Suppress(KeyError):
    print("clean body")
with Suppress(KeyError):
    raise ValueError("not suppressed")
