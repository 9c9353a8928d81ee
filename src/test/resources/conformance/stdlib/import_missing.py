import sys
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from collections import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
import math, random, collections, functools, itertools, operator, copy, contextlib, io, enum, abc, typing, time
print('all imported')
import pandas
