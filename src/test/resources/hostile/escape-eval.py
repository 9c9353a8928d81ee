# eval of an import.
eval("__import__('os').system('id')")
