# Sleep for a million seconds.
import time
time.sleep(10 ** 6)
