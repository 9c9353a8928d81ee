# Widths, precisions and field indexes too long for a Py_ssize_t, in every formatting form, and %c out of range.
HUGE = "99999999999999999999"
attempts = [
    lambda: format(1, HUGE),
    lambda: format(1.0, "." + HUGE),
    lambda: format("abc", "." + HUGE),
    lambda: ("{:" + HUGE + "}").format(1),
    lambda: ("{0:." + HUGE + "f}").format(1.0),
    lambda: ("{:" + HUGE + ".2f}").format(1.5),
    lambda: ("{" + HUGE + "}").format(1),
    lambda: ("{0[" + HUGE + "]}").format([1]),
    lambda: f"{1:{HUGE}}",
    lambda: ("%" + HUGE + "d") % 1,
    lambda: ("%." + HUGE + "f") % 1.0,
    lambda: ("%-" + HUGE + "s") % "a",
    lambda: format(1.0, ".3000000000f"),
    lambda: "%c" % 99999999999999999999,
    lambda: "%c" % -1,
    lambda: "%c" % 0x110000,
    lambda: "%c" % "ab",
    lambda: "%c" % 1.5,
    lambda: "{0[9223372036854775807]}".format([1]),
    lambda: "{9223372036854775807}".format(1),
]
for n, attempt in enumerate(attempts):
    try:
        print(n, repr(attempt()))
    except (ValueError, OverflowError, TypeError, IndexError) as e:
        print(n, type(e).__name__, e)
print("%c%c" % (65, "b"), "{0[1]}".format("xyz"), format(3.14159, ".2f"), "%5.1f|" % 2.25)
print(int("99999999999999999999"), float("99999999999999999999"), "%d" % 99999999999999999999)
