import sys
print("sys imported:", sys.version_info[0])
try:
    import no_such_module_abc
except ImportError as e:
    print("caught:", type(e).__name__, e, e.name)
import another_missing_module_xyz
