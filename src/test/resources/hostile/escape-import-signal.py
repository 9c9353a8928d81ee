# Signal handling through signal.
import signal
print(signal.getsignal(2))
