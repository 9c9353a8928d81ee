checks = [
    ("[].pop()", lambda: [].pop()),
    ("'a'.join([1])", lambda: "a".join([1])),
    ("list(5)", lambda: list(5)),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("pow(0, -1)", lambda: pow(0, -1)),
    ("min()", lambda: min()),
    ("dict([1])", lambda: dict([1])),
    ("'x' * 'y'", lambda: "x" * "y"),
    ("[].sort(1)", lambda: [].sort(1)),
    ("(lambda x: x)()", lambda: (lambda x: x)()),
    ("print(end=5)", lambda: print(end=5)),
    ("round('a')", lambda: round("a")),
    ("range(1, 2, 0)", lambda: range(1, 2, 0)),
    ("int('')", lambda: int("")),
    ("float('')", lambda: float("")),
    ("format(1, 'q')", lambda: format(1, "q")),
    ("'{}'.format()", lambda: "{}".format()),
    ("'{0} {1}'.format(1)", lambda: "{0} {1}".format(1)),
    ("{[]}", lambda: {[]}),
    ("frozenset() + 1", lambda: frozenset() + 1),
    ("getattr(1, 2)", lambda: getattr(1, 2)),
    ("sum(['a'])", lambda: sum(["a"])),
    ("sum(['a'], '')", lambda: sum(["a"], "")),
    ("max(1)", lambda: max(1)),
    ("enumerate(5)", lambda: enumerate(5)),
    ("zip(1)", lambda: zip(1)),
]
for label, fn in checks:
    try:
        fn()
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
