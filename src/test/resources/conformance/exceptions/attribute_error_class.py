class Config:
    debug = True

print(Config.debug)
try:
    Config.verbose
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Config().debug
except AttributeError as e:
    print("AttributeError:", e)
Config.debg
