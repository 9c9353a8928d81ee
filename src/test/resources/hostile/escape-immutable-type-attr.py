# Patch a builtin type.
int.__add__ = lambda a, b: 42
