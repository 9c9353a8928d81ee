# io.open is CPython's other name for open.
import io
print(io.open('/etc/passwd').read())
