import math


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("sqrt-neg", math.sqrt, -1)
attempt("sqrt-none", math.sqrt)
attempt("sqrt-two", math.sqrt, 1, 2)
attempt("sqrt-kw", math.sqrt, x=1)
attempt("sqrt-str", math.sqrt, "4")
attempt("log-zero", math.log, 0)
attempt("log-neg", math.log, -1)
attempt("log-int-zero", math.log, 0, 10)
attempt("log-base-one", math.log, 10, 1)
attempt("log10-zero", math.log10, 0.0)
attempt("exp-big", math.exp, 1000)
attempt("pow-zero-neg", math.pow, 0, -1)
attempt("pow-neg-frac", math.pow, -8, 1 / 3)
attempt("pow-big", math.pow, 10, 400)
attempt("pow-one", math.pow, 2)
attempt("acos", math.acos, 2)
attempt("fmod-zero", math.fmod, 1, 0)
attempt("floor-nan", math.floor, math.nan)
attempt("ceil-inf", math.ceil, math.inf)
attempt("floor-str", math.floor, "a")
attempt("trunc-str", math.trunc, "a")
attempt("factorial-neg", math.factorial, -1)
attempt("factorial-float", math.factorial, 5.0)
attempt("gcd-float", math.gcd, 1.5, 3)
attempt("gcd-kw", math.gcd, a=1)
attempt("isqrt-neg", math.isqrt, -4)
attempt("isqrt-float", math.isqrt, 4.0)
attempt("comb-neg-k", math.comb, 3, -1)
attempt("comb-neg-n", math.comb, -3, 1)
attempt("comb-float", math.comb, 1.0, 2)
attempt("perm-neg", math.perm, 3, -1)
attempt("isclose-one", math.isclose, 1)
attempt("isclose-neg-tol", math.isclose, 1, 2, rel_tol=-1)
attempt("dist-dims", math.dist, (1, 2), (3,))
attempt("fsum-int", math.fsum, 1)
attempt("fsum-inf", math.fsum, [math.inf, -math.inf])
attempt("fsum-str", math.fsum, [1, "a"])
attempt("prod-two", math.prod, [1], [2])
attempt("ldexp-big", math.ldexp, 1.0, 2000)
attempt("ldexp-float", math.ldexp, 1.0, 2.0)
attempt("int-too-big", math.sqrt, 10 ** 400)
try:
    math.nonexistent
except AttributeError as e:
    print(e)
