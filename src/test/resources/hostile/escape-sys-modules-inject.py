# Put a fake os in sys.modules and import it: it is only the program's own object.
import sys
class Fake:
    def system(self, cmd):
        return 'fake ' + cmd
sys.modules['os'] = Fake()
import os
print(os.system('id'))
