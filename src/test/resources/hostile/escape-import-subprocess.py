# Start a process through subprocess.
import subprocess
print(subprocess.PIPE)
