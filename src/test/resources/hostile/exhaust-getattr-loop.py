# A __getattr__ that asks for a missing attribute of itself.
class A:
    def __getattr__(self, name):
        return self.missing
A().x
