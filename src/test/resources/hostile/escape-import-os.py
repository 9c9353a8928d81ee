# Reach the host through os: the module does not exist here.
import os
print(os.getcwd())
