import io
import sys


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)


collector = Collector()
sys.stdout = collector
print('one', 2, sep='-')
print('three')
sys.stdout = sys.__stdout__
print(collector.parts)
buffer = io.StringIO()
print('to buffer', end='!', file=buffer)
print(repr(buffer.getvalue()), sys.stdout is sys.__stdout__)
sys.stdout = io.StringIO()
for i in range(3):
    print(i)
captured = sys.stdout.getvalue()
sys.stdout = sys.__stdout__
print(repr(captured), captured.splitlines())
