# Calling a method directly, through a stored bound method, and through getattr.
import sys


class Worker:
    def me(self):
        return sys.getrefcount(self)


w = Worker()
print("w.me():", w.me())
m = w.me
print("m():", m())
print("getattr(w, 'me')():", getattr(w, "me")())
print("Worker.me(w):", Worker.me(w))
f = Worker.me
print("f(w):", f(w))
print("after:", sys.getrefcount(w))
