# Search every object the collector knows for a module that reaches the host.
import gc
mods = sorted({o.__name__ for o in gc.get_objects() if type(o).__name__ == 'module'})
print([m for m in mods if m in ('os', 'subprocess', 'posix', 'socket')])
