# The order of a class namespace: body names, slot members, __dict__/__weakref__, a missing __doc__, then
# __hash__ = None for a class defining __eq__ alone (3.13 adds __firstlineno__ and __static_attributes__).
class E: pass
class F:
    'doc'
class G:
    __slots__ = ()
print(list(E.__dict__), list(F.__dict__), list(G.__dict__))
class G2:
    __slots__ = ('b', 'a', '__weakref__')
class H:
    __slots__ = ('b', '__dict__')
    x = 1
class I(G2):
    pass
class K:
    def __eq__(s, o): pass
class L:
    'doc'
    __slots__ = ('a',)
    def __eq__(s, o): pass
print(list(G2.__dict__), list(H.__dict__), list(I.__dict__), list(K.__dict__), list(L.__dict__))
