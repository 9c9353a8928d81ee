class Settings:
    def __init__(self):
        self.timeout = 30

s = Settings()
print(getattr(s, "timeout"), getattr(s, "timeot", "default"))
try:
    getattr(s, "timeot")
except AttributeError as e:
    print("str(e) has no suggestion:", e)
getattr(s, "timeot")
