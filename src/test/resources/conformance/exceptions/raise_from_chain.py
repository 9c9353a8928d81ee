class ConfigError(Exception):
    pass

def load():
    try:
        return {}["port"]
    except KeyError as e:
        raise ConfigError("missing port") from e

try:
    load()
except ConfigError as e:
    print("cause:", repr(e.__cause__), "context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)
load()
