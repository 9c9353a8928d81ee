# The from-import form of the same escape.
from os import getcwd
print(getcwd())
