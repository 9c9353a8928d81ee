import io
import sys
from contextlib import contextmanager, suppress, redirect_stdout, closing, nullcontext


@contextmanager
def tag(name):
    print('<' + name + '>')
    try:
        yield name.upper()
    finally:
        print('</' + name + '>')


with tag('b') as value:
    print('inside', value)
try:
    with tag('i'):
        raise KeyError('boom')
except KeyError as e:
    print('caught', e)
with suppress(ZeroDivisionError):
    1 / 0
print('suppressed')
buf = io.StringIO()
with redirect_stdout(buf):
    print('captured line')
    print('second', 2)
print(repr(buf.getvalue()), buf.getvalue().count('\n'))
out = io.StringIO()
print('to file', file=out)
print(out.write('abc'), repr(out.getvalue()))
saved = sys.stdout
sys.stdout = io.StringIO()
print('hidden')
text = sys.stdout.getvalue()
sys.stdout = saved
print('restored', repr(text))


class Resource:
    def close(self):
        print('closed')


with closing(Resource()):
    print('using')
with nullcontext(5) as five:
    print(five)
s = io.StringIO('line1\nline2\nline3')
print(s.readline(), s.read(3), s.tell(), s.readlines())
s.seek(0)
print(list(s))
s.close()
try:
    s.getvalue()
except ValueError as e:
    print('ValueError', e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print('TypeError', e)
