# Private names (__x) inside a class are mangled to _Class__x: attributes, methods, class attributes,
# parameters, comprehension variables, globals and nested classes; keyword arguments are not.
class C:
    __cls = 1
    def m(self, __p=2):
        __local = 3
        def inner():
            return __local
        return dict(__kw=1), __p, inner(), self.__cls, [__v for __v in range(2)], inner.__qualname__
    def __priv(self):
        pass
    class __Inner:
        pass
import sys
print(C().m())
print(sorted(k for k in C.__dict__ if "priv" in k or "Inner" in k or "cls" in k))
print(C._C__priv.__name__, C._C__priv.__qualname__, C._C__Inner.__name__, C._C__Inner.__qualname__)
class __All__:
    def f(self):
        self.__z = 1
        return vars(self)
print(__All__().f())
class ___:
    def f(self):
        self.__z = 1
        return vars(self)
print(___().f())
try:
    C().__priv()
except AttributeError as e:
    print(e)
class D:
    def g(self):
        return __name__, __builtins__ is not None
print(D().g())
class E:
    def f(self):
        global __gx
        __gx = 5
E().f()
print(sorted(k for k in globals() if "gx" in k))
