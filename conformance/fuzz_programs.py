"""The program generator of conformance/fuzz: seeded, deterministic programs made of independent cases.

A case is one function `case_<seed>_<n>` whose body is a list of statements (each statement a list of source lines,
so the reducer can drop whole statements). The body builds a random object world (classes with and without
__slots__, __dict__, __weakref__ and __del__, dataclasses, subclasses of builtin types, nested and aliased
containers, closures, defaults, lambdas, bound methods, generators, kept exceptions and tracebacks, weakrefs with
callbacks, weakref.finalize), mutates it and prints observations. Every observation line starts with its kind
("refcount:list", "referents:class", "collect", "del"...), which is how the fuzzer classifies a disagreement.
Nothing printed depends on ids, addresses or hash order; what still does is caught by running CPython under
several PYTHONHASHSEED values and dropping the case.
"""
import random

PRELUDE = """import dataclasses
import gc
import sys
import weakref


def _run(label, case):
    gc.collect()
    print("== case", label)
    try:
        case()
    except Exception as e:
        print("exception:", type(e).__name__ + ":", e)
    gc.collect()

"""

CLASS_VARIANTS = ("plain", "plain_del", "slots", "slots_weakref", "slots_dict", "slots_del", "dataclass",
                  "list", "dict", "int", "str", "tuple", "list_slots")
ATOMS = ("1", "7", "-3", "'ab'", "'word'", "None", "(1, 2)", "()", "2.5", "True")


class Case:
    """One case's statements, built against a model of which names hold which kind of object."""

    def __init__(self, rng, label):
        self.rng = rng
        self.label = label
        self.statements = []
        self.env = {}          # name -> kind
        self.traits = {}       # name -> set of traits: "dict", "weakref", "slots:a,b", "mutable"
        self.classes = {}      # class name -> variant
        self.counter = 0

    # ---------------------------------------------------------------- helpers

    def fresh(self):
        self.counter += 1
        return f"v{self.counter}"

    def add(self, *lines):
        self.statements.append(list(lines))

    def bind(self, name, kind, *traits):
        self.env[name] = kind
        self.traits[name] = set(traits)

    def names(self, *kinds, trait=None):
        return [n for n, k in self.env.items()
                if (not kinds or k in kinds) and (trait is None or trait in self.traits[n])]

    def value(self):
        """A value expression: an existing name (aliasing) or a fresh atom."""
        live = self.names()
        if live and self.rng.random() < 0.6:
            return self.rng.choice(live)
        return self.rng.choice(ATOMS)

    def atom(self):
        return self.rng.choice(("1", "7", "'ab'", "(1, 2)", "None", "-3"))

    # ---------------------------------------------------------------- classes

    def define_class(self):
        variant = self.rng.choice(CLASS_VARIANTS)
        name = f"C{len(self.classes) + 1}"
        dele = ["    def __del__(self):", f"        print('del {name}')"]
        meth = ["    def m(self, k=None):", "        return self"]
        if variant == "plain":
            body = ["    def __init__(self, a=None):", "        self.a = a"] + meth
            self.add(f"class {name}:", *body)
        elif variant == "plain_del":
            self.add(f"class {name}:", "    def __init__(self, a=None):", "        self.a = a", *meth, *dele)
        elif variant.startswith("slots"):
            slots = ["'a'", "'b'"] + {"slots_weakref": ["'__weakref__'"], "slots_dict": ["'__dict__'"]}.get(variant, [])
            extra = dele if variant == "slots_del" else []
            self.add(f"class {name}:", f"    __slots__ = ({', '.join(slots)},)",
                     "    def __init__(self, a=None):", "        self.a = a", *meth, *extra)
        elif variant == "dataclass":
            self.add("@dataclasses.dataclass", f"class {name}:", "    a: object = None", "    b: object = None", *meth)
        else:
            base = variant.split("_")[0]
            head = [f"class {name}({base}):"]
            if variant == "list_slots":
                head.append("    __slots__ = ()")
            if self.rng.random() < 0.3:
                head += dele
            self.add(*head, *meth)
        self.classes[name] = variant
        self.bind(name, "class", "weakref", "dict")
        return name

    def instantiate(self):
        if not self.classes or self.rng.random() < 0.25:
            self.define_class()
        cls = self.rng.choice(sorted(self.classes))
        variant = self.classes[cls]
        name = self.fresh()
        if variant in ("plain", "plain_del", "dataclass") or variant.startswith("slots"):
            self.add(f"{name} = {cls}({self.value()})")
            traits = {"plain": ("dict", "weakref"), "plain_del": ("dict", "weakref"), "dataclass": ("dict", "weakref"),
                      "slots": (), "slots_del": (), "slots_weakref": ("weakref",), "slots_dict": ("dict",)}[variant]
            self.bind(name, "instance", "attrs", *traits)
        elif variant in ("list", "list_slots"):
            self.add(f"{name} = {cls}([{self.value()}, {self.value()}])")
            self.bind(name, "sublist", "mutable", *(("dict", "weakref", "attrs") if variant == "list" else ()))
        elif variant == "dict":
            self.add(f"{name} = {cls}(k={self.value()})")
            self.bind(name, "subdict", "dict", "weakref", "attrs")
        elif variant == "int":
            self.add(f"{name} = {cls}({self.rng.choice(('5', '300', '2 ** 70'))})")
            self.bind(name, "subint", "dict", "weakref", "attrs")
        elif variant == "str":
            text = self.rng.choice(('"xy"', '"hello world"'))
            self.add(f"{name} = {cls}({text})")
            self.bind(name, "substr", "dict", "weakref", "attrs")
        else:
            self.add(f"{name} = {cls}(({self.value()}, {self.value()}))")
            self.bind(name, "subtuple", "dict", "weakref", "attrs")

    # ---------------------------------------------------------------- other objects

    def make_container(self):
        name = self.fresh()
        kind = self.rng.choice(("list", "list", "tuple", "dict", "set", "frozenset", "nested"))
        if kind == "list":
            items = ", ".join(self.value() for _ in range(self.rng.randint(0, 4)))
            self.add(f"{name} = [{items}]")
            self.bind(name, "list", "mutable")
        elif kind == "tuple":
            items = "".join(self.value() + ", " for _ in range(self.rng.randint(1, 3)))
            self.add(f"{name} = ({items})")
            self.bind(name, "tuple")
        elif kind == "dict":
            items = ", ".join(f"'k{i}': {self.value()}" for i in range(self.rng.randint(0, 4)))
            self.add(f"{name} = {{{items}}}")
            self.bind(name, "dict")
        elif kind in ("set", "frozenset"):
            # Only atoms: a set's deallocation order follows its hash table, so finalizable members would make the
            # output depend on addresses.
            items = ", ".join(self.atom() for _ in range(self.rng.randint(1, 4)))
            self.add(f"{name} = {kind}([{items}])")
            self.bind(name, kind, "weakref")
        else:
            inner = f"[{self.value()}, ({self.value()},), {{'x': {self.value()}}}]"
            self.add(f"{name} = [{inner}, {self.value()}]")
            self.bind(name, "list", "mutable")

    def make_callable(self):
        name = self.fresh()
        kind = self.rng.choice(("closure", "defaults", "lambda", "bound", "gen", "genexp"))
        captured = self.value()
        if kind == "closure":
            self.add(f"def f_{name}(x):", f"    return ({captured}, x)")
            self.add(f"{name} = f_{name}")
            self.bind(name, "function", "weakref", "dict")
        elif kind == "defaults":
            self.add(f"def f_{name}(x, y={captured}, *, z={self.value()}) -> int:", "    return x")
            self.add(f"{name} = f_{name}")
            self.bind(name, "function", "weakref", "dict")
        elif kind == "lambda":
            self.add(f"{name} = lambda q={captured}: q")
            self.bind(name, "function", "weakref", "dict")
        elif kind == "bound":
            targets = self.names("instance", "sublist", "subdict", "subint", "substr", "subtuple")
            if not targets:
                self.instantiate()
                targets = self.names("instance", "sublist", "subdict", "subint", "substr", "subtuple")
            self.add(f"{name} = {self.rng.choice(targets)}.m")
            self.bind(name, "method", "weakref")
        elif kind == "gen":
            self.add(f"def g_{name}(n):", f"    yield {captured}", "    yield n")
            self.add(f"{name} = g_{name}({self.value()})")
            self.bind(name, "generator", "weakref")
            if self.rng.random() < 0.5:
                self.add(f"next({name})")
        else:
            lists = self.names("list", "sublist")
            source = self.rng.choice(lists) if lists else "[1, 2, 3]"
            self.add(f"{name} = (y for y in {source})")
            self.bind(name, "generator", "weakref")
            if self.rng.random() < 0.5:
                self.add(f"next({name}, None)")

    def make_exception(self):
        name = self.fresh()
        self.add("try:", f"    raise ValueError({self.value()})", "except ValueError as e:", f"    {name} = e")
        self.bind(name, "exception", "dict")
        if self.rng.random() < 0.5:
            tb = self.fresh()
            self.add(f"{tb} = {name}.__traceback__")
            self.bind(tb, "traceback")

    def make_weakref(self):
        targets = self.names(trait="weakref")
        targets = [t for t in targets if self.env[t] not in ("weakref", "finalize")]
        if not targets:
            return
        target = self.rng.choice(targets)
        name = self.fresh()
        if self.rng.random() < 0.3:
            self.add(f"{name} = weakref.finalize({target}, print, 'fin', '{target}')")
            self.bind(name, "finalize")
        elif self.rng.random() < 0.5:
            self.add(f"{name} = weakref.ref({target}, lambda r: print('cb', '{target}'))")
            self.bind(name, "weakref")
        else:
            self.add(f"{name} = weakref.ref({target})")
            self.bind(name, "weakref")

    # ---------------------------------------------------------------- mutations

    def mutate(self):
        r = self.rng.random()
        # Class names stay bound: later statements instantiate them.
        live = [n for n in self.names() if self.env[n] != "class"]
        if not live:
            return
        if r < 0.2:
            lists = self.names("list", "sublist")
            if lists:
                target = self.rng.choice(lists)
                choice = self.rng.random()
                if choice < 0.5:
                    self.add(f"{target}.append({self.value()})")
                elif choice < 0.7:
                    self.add(f"{target}.append({target})")
                elif choice < 0.9:
                    self.add(f"{target}.pop()")
                else:
                    self.add(f"{target}.clear()")
        elif r < 0.45:
            targets = self.names(trait="attrs")
            if targets:
                target = self.rng.choice(targets)
                choice = self.rng.random()
                if choice < 0.5:
                    self.add(f"{target}.a = {self.value()}")
                elif choice < 0.7:
                    self.add(f"{target}.a = {target}")
                elif choice < 0.85:
                    self.add(f"{target}.a = None")
                elif "dict" in self.traits[target]:
                    self.add(f"for i in range({self.rng.choice((3, 6, 9, 12))}):",
                             f"    setattr({target}, 'f%d' % i, i)")
        elif r < 0.55:
            dicts = self.names("dict", "subdict")
            if dicts:
                target = self.rng.choice(dicts)
                if self.rng.random() < 0.6:
                    self.add(f"{target}['k{self.rng.randint(0, 9)}'] = {self.value()}")
                else:
                    self.add(f"{target}.pop('k0', None)")
        elif r < 0.8:
            name = self.rng.choice(live)
            if self.rng.random() < 0.6:
                self.add(f"del {name}")
            else:
                self.add(f"{name} = None")
            del self.env[name]
        else:
            a, b = self.rng.choice(live), self.rng.choice(self.names())
            self.add(f"{a} = {b}")
            self.env[a] = self.env[b]
            self.traits[a] = set(self.traits[b])

    # ---------------------------------------------------------------- observations

    def observe(self):
        r = self.rng.random()
        live = self.names()
        if r < 0.12 or not live:
            self.add(self.rng.choice(("print('collect', gc.collect())", "print('collect0', gc.collect(0))",
                                      "print('collect1', gc.collect(1))")))
            return
        name = self.rng.choice(live)
        kind = self.env[name]
        what = self.rng.choice(("refcount", "refcount", "sizeof", "referents", "referents", "tracked", "referrer",
                                "alive", "dict"))
        if what == "refcount":
            self.add(f"print('refcount:{kind} {name}', sys.getrefcount({name}))")
        elif what == "sizeof":
            self.add(f"print('sizeof:{kind} {name}', sys.getsizeof({name}))")
        elif what == "referents":
            self.add(f"print('referents:{kind} {name}', len(gc.get_referents({name})))")
        elif what == "tracked":
            self.add(f"print('tracked:{kind} {name}', gc.is_tracked({name}))")
        elif what == "referrer":
            other = self.rng.choice(live)
            self.add(f"print('referrer:{self.env[other]} {other} of {name}', "
                     f"any(r is {other} for r in gc.get_referrers({name})))")
        elif what == "alive" and kind == "weakref":
            self.add(f"print('alive:weakref {name}', {name}() is not None)")
        elif what == "alive" and kind == "finalize":
            self.add(f"print('alive:finalize {name}', {name}.alive)")
        elif what == "dict" and "dict" in self.traits[name] and kind in ("instance", "sublist", "subdict"):
            self.add(f"print('dictsize:{kind} {name}', sys.getsizeof({name}.__dict__))",
                     f"print('dicttracked:{kind} {name}', gc.is_tracked({name}.__dict__))")
        else:
            self.add(f"print('refcount:{kind} {name}', sys.getrefcount({name}))")

    # ---------------------------------------------------------------- the whole case

    def build(self, size):
        makers = (self.instantiate, self.instantiate, self.make_container, self.make_container, self.make_callable,
                  self.make_callable, self.make_exception, self.make_weakref, self.mutate, self.mutate, self.mutate,
                  self.observe, self.observe, self.observe, self.observe)
        for _ in range(size):
            self.rng.choice(makers)()
        self.add("print('collect', gc.collect())")
        return self


def case_source(label, statements):
    """The function defining one case; an empty body still needs a statement."""
    lines = [f"def case_{label}():"]
    for statement in statements or [["pass"]]:
        lines.extend("    " + line for line in statement)
    return "\n".join(lines) + "\n"


def program_source(cases):
    """A whole program: the prelude, every case function, then one _run call per case in order."""
    parts = [PRELUDE]
    for label, statements in cases:
        parts.append(case_source(label, statements) + "\n")
    parts.append("\n".join(f"_run('{label}', case_{label})" for label, _ in cases) + "\n")
    return "\n".join(parts)


def generate_cases(seed, count, size=(8, 22)):
    """count cases from one seed; each case has its own Random derived from (seed, n) so cases stay reproducible."""
    cases = []
    for n in range(count):
        rng = random.Random(f"{seed}/{n}")
        label = f"{seed}_{n}"
        cases.append((label, Case(rng, label).build(rng.randint(*size)).statements))
    return cases
