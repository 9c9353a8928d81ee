# Special methods of builtin types reached by name call the type's own slot (Objects/typeobject.c slotdefs):
# an operand that slot does not take gives NotImplemented, unlike the operator, which tries the other side.


def check(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '-> exception', type(e).__name__, e)


check('list.__eq__([1], [1])', lambda: list.__eq__([1], [1]))
check('[].__eq__(1)', lambda: [].__eq__(1))
check('[1].__ne__([2])', lambda: [1].__ne__([2]))
check('list.__lt__([1], [2])', lambda: list.__lt__([1], [2]))
check('(3).__lt__(4)', lambda: (3).__lt__(4))
check("'a'.__lt__(1)", lambda: 'a'.__lt__(1))
check('(1).__eq__(1.0)', lambda: (1).__eq__(1.0))
check('(1.0).__eq__(1)', lambda: (1.0).__eq__(1))
check("(1).__ne__('x')", lambda: (1).__ne__('x'))
check('complex.__lt__(1j, 2j)', lambda: complex.__lt__(1j, 2j))
check('complex.__eq__(1j, 1j)', lambda: complex.__eq__(1j, 1j))
check('dict.__eq__({1: 2}, {1: 2})', lambda: dict.__eq__({1: 2}, {1: 2}))
check('dict.__lt__({}, {})', lambda: dict.__lt__({}, {}))
check('range.__eq__(range(3), range(0, 3))', lambda: range.__eq__(range(3), range(0, 3)))
check('frozenset.__eq__(frozenset({1}), {1})', lambda: frozenset.__eq__(frozenset({1}), {1}))
check('set.__le__({1}, {1, 2})', lambda: set.__le__({1}, {1, 2}))
check('tuple.__ge__((2,), (1,))', lambda: tuple.__ge__((2,), (1,)))
check("str.__gt__('b', 'a')", lambda: str.__gt__('b', 'a'))
check('int.__add__(1, 2)', lambda: int.__add__(1, 2))
check('int.__add__(True, 2)', lambda: int.__add__(True, 2))
check('(5).__add__(1.5)', lambda: (5).__add__(1.5))
check('(1.5).__add__(1)', lambda: (1.5).__add__(1))
check('(1.5).__radd__(2)', lambda: (1.5).__radd__(2))
check('(2).__radd__(3)', lambda: (2).__radd__(3))
check('(2).__mul__(3)', lambda: (2).__mul__(3))
check('(7).__floordiv__(2)', lambda: (7).__floordiv__(2))
check('(7).__truediv__(2)', lambda: (7).__truediv__(2))
check('(7).__mod__(3)', lambda: (7).__mod__(3))
check('(2).__pow__(10)', lambda: (2).__pow__(10))
check('(6).__and__(3)', lambda: (6).__and__(3))
check('(6).__or__(3)', lambda: (6).__or__(3))
check('(1).__lshift__(4)', lambda: (1).__lshift__(4))
check("int.__add__(1, 'x')", lambda: int.__add__(1, 'x'))
check('float.__sub__(1.5, 1j)', lambda: float.__sub__(1.5, 1j))
check('complex.__add__(1j, 1)', lambda: complex.__add__(1j, 1))
check('[1].__add__([2])', lambda: [1].__add__([2]))
check('[1, 2].__mul__(2)', lambda: [1, 2].__mul__(2))
check('[1].__rmul__(3)', lambda: [1].__rmul__(3))
check("'ab'.__add__('c')", lambda: 'ab'.__add__('c'))
check("'%s!'.__mod__(5)", lambda: '%s!'.__mod__(5))
check("'x'.__rmod__(1)", lambda: 'x'.__rmod__(1))
check('(1, 2).__add__((3,))', lambda: (1, 2).__add__((3,)))
check('set.__or__({1}, {2})', lambda: set.__or__({1}, {2}))
check('set.__or__({1}, [2])', lambda: set.__or__({1}, [2]))
check('frozenset.__sub__(frozenset({1, 2}), {1})', lambda: frozenset.__sub__(frozenset({1, 2}), {1}))
check('dict.__or__({1: 2}, {3: 4})', lambda: dict.__or__({1: 2}, {3: 4}))
check('dict.__or__({1: 2}, [3])', lambda: dict.__or__({1: 2}, [3]))
check('(1).__neg__()', lambda: (1).__neg__())
check('(2.5).__abs__()', lambda: (2.5).__abs__())
check('(0).__bool__()', lambda: (0).__bool__())
check('(5).__invert__()', lambda: (5).__invert__())
check('(-3).__pos__()', lambda: (-3).__pos__())
check("str.__hash__('a') == hash('a')", lambda: str.__hash__('a') == hash('a'))
check('tuple.__hash__((1, 2)) == hash((1, 2))', lambda: tuple.__hash__((1, 2)) == hash((1, 2)))
check('(7).__hash__()', lambda: (7).__hash__())
check('dict.__len__({1: 2})', lambda: dict.__len__({1: 2}))
check('[1, 2].__len__()', lambda: [1, 2].__len__())
check('{1}.__len__()', lambda: {1}.__len__())
check('[1].__contains__(1)', lambda: [1].__contains__(1))
check("'abc'.__contains__('b')", lambda: 'abc'.__contains__('b'))
check('range(5).__contains__(3)', lambda: range(5).__contains__(3))
check('{1: 2}.__getitem__(1)', lambda: {1: 2}.__getitem__(1))
check('(1, 2).__getitem__(0)', lambda: (1, 2).__getitem__(0))
check("'abc'.__getitem__(-1)", lambda: 'abc'.__getitem__(-1))
check('list(set.__iter__({3}))', lambda: list(set.__iter__({3})))
check('list.__eq__([1])', lambda: list.__eq__([1]))


class L(list):
    def __eq__(self, other):
        return list.__eq__(self, other)

    def __repr__(self):
        return 'L' + list.__repr__(self)


class D(dict):
    def __setitem__(self, key, value):
        dict.__setitem__(self, key, value * 2)


check('list.__eq__ on a subclass', lambda: list.__eq__(L([1]), [1]))
check('subclass override calling list.__eq__', lambda: L([1]) == [1])
check('subclass repr through list.__repr__', lambda: repr(L([1, 2])))
d = D()
d['a'] = 1
check('dict.__setitem__ from an override', lambda: d)
items = [1, 2, 3]
list.__setitem__(items, 0, 9)
list.__delitem__(items, 1)
check('list.__setitem__ and __delitem__', lambda: items)
