# Empty sys.modules, then import again.
import sys
sys.modules.clear()
import gc
print(gc.isenabled())
