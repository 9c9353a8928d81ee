# A dotted import whose package is missing.
import os.path
print(os.path.exists('/etc/passwd'))
