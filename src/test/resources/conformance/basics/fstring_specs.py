x = 42
pi = 3.14159265
name = "Bob"
print(f"[{x:>8}] [{x:<8}] [{x:^8}] [{x:08}]")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.0f}")
print(f"{1234567:,} {1234567.891:,.2f} {-1234:,}")
print(f"{name!r} {name!s} {name:>6} {name!r:>8}")
print(f"{x=} {pi=:.1f} {name=}")
print(f"{x + 1 = }")
print(f"{x:x} {x:#o} {x:b}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}]")
print(f"{'nested'!r:*^14}")
items = [1, 2, 3]
print(f"{items} {items!r} {len(items)} {items[-1]}")
print(f"{{braces}} {x}%")
print(f"{0.5:.0%} {True} {None!r}")
