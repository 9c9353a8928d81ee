# Catching every exception, including the stop, and going on.
while True:
    try:
        while True:
            pass
    except BaseException:
        pass
