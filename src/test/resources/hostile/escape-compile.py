# compile, then exec the code object.
code = compile('import os', 'x', 'exec')
