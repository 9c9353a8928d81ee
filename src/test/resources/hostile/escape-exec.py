# exec of an import statement.
exec('import os')
