# Delete a builtin.
import builtins
del builtins.len
print(len([1, 2]))
