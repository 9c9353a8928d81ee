import random


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


random.seed(3)
attempt("empty-choice", random.choice, [])
attempt("randrange-zero", random.randrange, 0)
attempt("randrange-empty", random.randrange, 5, 5)
attempt("randrange-step-zero", random.randrange, 1, 5, 0)
attempt("randrange-empty-step", random.randrange, 5, 1, 2)
attempt("randint-backwards", random.randint, 5, 1)
attempt("sample-too-big", random.sample, [1, 2], 3)
attempt("sample-set", random.sample, {1, 2}, 1)
attempt("bits-negative", random.getrandbits, -1)
attempt("bits-zero", random.getrandbits, 0)
attempt("weights-mismatch", random.choices, 'ab', weights=[1])
attempt("weights-zero", random.choices, 'ab', weights=[0, 0])
attempt("sample-counts", random.sample, ['a', 'b'], 3, counts=[2, 3])
