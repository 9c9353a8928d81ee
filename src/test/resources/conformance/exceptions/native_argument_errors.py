# Native methods and constructors called with missing or wrong arguments raise CPython's TypeError, ValueError or
# OverflowError (each once ended the engine with a Java exception).
calls = [
    lambda: 'a'.startswith(), lambda: 'a'.endswith(), lambda: 'a'.find(), lambda: 'a'.rfind(),
    lambda: 'a'.index(), lambda: 'a'.rindex(), lambda: 'a'.count(), lambda: 'a'.find('a', 0, 1, 2),
    lambda: 'a'.center(), lambda: 'a'.ljust(), lambda: 'a'.rjust(), lambda: 'a'.zfill(),
    lambda: 'a'.partition(), lambda: 'a'.rpartition(), lambda: 'a'.removeprefix(), lambda: 'a'.removesuffix(),
    lambda: 'a'.center(5, 'xy'), lambda: 'a'.center(5, ''), lambda: object().__eq__(), lambda: object().__ne__(1, 2),
    lambda: 'a'.__eq__(), lambda: (1).__eq__(), lambda: [].__eq__(), lambda: {1}.remove(), lambda: {1}.discard(),
    lambda: b'a'.startswith(), lambda: b'a'.endswith(), lambda: b'a'.find(), lambda: b'a'.count(),
    lambda: b'a'.replace(), lambda: b'a'.replace(b'a'), lambda: enumerate(), lambda: enumerate([1], 'x'),
    lambda: bytes(-1), lambda: bytes(99999999999999999999), lambda: type('a', 1, {}), lambda: type('a', (), 1),
    lambda: format(-1, 'c'), lambda: format(1114112, 'c'), lambda: format(2**70, 'c'), lambda: '%d' % float('inf'),
    lambda: '%d' % float('nan'), lambda: '%i' % -float('inf'), lambda: format(2**1100, '.2f'),
    lambda: format(-2**1100, 'e'), lambda: '%5' % 1, lambda: '%' % (), lambda: '%(k)' % {'k': 1},
    lambda: '%(k' % {'k': 1}, lambda: '%.2f' % 10**400, lambda: format(1e308, '%') + format(-1e308, '.1%'),
]
for n, call in enumerate(calls):
    try:
        print(n, repr(call()))
    except (TypeError, ValueError, OverflowError) as e:
        print(n, type(e).__name__, e)
print('a'.center(5, '*'), list(enumerate('ab', 1)), bytes(2), 'abc'.find('c'), b'abc'.count(b'b'), format(65, 'c'))
