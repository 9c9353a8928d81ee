# Repeating str and bytes by huge counts: nothing to repeat, MemoryError, or a size that overflows.
attempts = [
    lambda: len('' * 2**31), lambda: len('' * 2**62), lambda: len('ab' * 0), lambda: b'ab' * 2**40,
    lambda: b'ab' * 2**62, lambda: bytearray(2**40), lambda: bytearray(2**62), lambda: len(b'x' * 3),
    lambda: len(b'' * 2**62), lambda: 'ab' * 2**40,
]
for attempt in attempts:
    try:
        print(attempt())
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
