# __import__ called by hand.
os = __import__('os')
os.system('id')
