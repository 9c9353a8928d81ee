# Read a host file with the open builtin.
print(open('/etc/passwd').read())
