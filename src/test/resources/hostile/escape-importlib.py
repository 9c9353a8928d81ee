# importlib as a way round the import statement.
import importlib
print(importlib.import_module('os').getcwd())
