# Which printed objects stay queued in stdout's pending buffer: the str object itself when print receives it
# (directly, through an f-string or "%s" % s, which return the same object), never a new string.
import sys

s = "-".join(["ab", "cd"])
print(s, end="")
print("\nafter print(s, end=''):", sys.getrefcount(s))
print(s, s)
print("printed twice in one call:", sys.getrefcount(s))
print("%s" % s)
print("via '%s' % s:", sys.getrefcount(s))
print(f"{s}")
print("via f'{s}':", sys.getrefcount(s))
print(f"<{s}>")
print("via f'<{s}>' (a new string):", sys.getrefcount(s))
print(s, file=sys.stderr)
print("to stderr (not buffered):", sys.getrefcount(s))
