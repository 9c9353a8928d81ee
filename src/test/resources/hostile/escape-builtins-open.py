# Find open on the builtins module instead.
import builtins
print(builtins.open('/etc/passwd').read())
