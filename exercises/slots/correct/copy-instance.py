import copy


class Config:
    __slots__ = ("host", "port", "user", "timeout", "retries")

    def __init__(self, **values):
        for name in self.__slots__:
            setattr(self, name, values[name])


base = Config(host="localhost", port=8080, user="ada", timeout=5, retries=3)
clone = copy.copy(base)
clone.port = 9090
print(base.port, clone.port, clone.host)
