# complex(): strings, numbers, __complex__/__float__/__index__, keywords and the errors.
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
class C:
    def __complex__(self): return 1+1j
for args in [(), (1,), (1.5, 2), ('1+2j',), (' 3j ',), ('-1.5e3-2j',), ('(1+2j)',), ('j',), ('1+',), (F(),), (I(),), (C(),), (1j, 1j), (1, 'x'), ('1', 1), ([],), (True,), ('inf-infj',), ('nanj',), ('-j',), ('2.5E2',)]:
    try:
        print(len(args), complex(*args))
    except Exception as e:
        print(len(args), type(e).__name__, e)
print(complex(real=1, imag=2), complex(imag=3))
