# Read a file through pathlib.
import pathlib
print(pathlib.Path('.').resolve())
