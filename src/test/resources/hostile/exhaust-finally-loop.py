# A finally block that loops again.
def spin():
    try:
        while True:
            pass
    finally:
        spin()
spin()
