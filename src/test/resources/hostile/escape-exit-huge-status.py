# An exit status no process can have.
import sys
sys.exit(10 ** 100)
