# Sleep a little, forever.
import time
while True:
    time.sleep(0.05)
