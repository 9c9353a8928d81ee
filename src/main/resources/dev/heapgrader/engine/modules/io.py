# io.StringIO, written for the engine (Modules/_io/stringio.c's observable behaviour: write returns the number of
# characters written, getvalue, read/readline from the position, seek/tell, truncate, iteration by lines).

class UnsupportedOperation(OSError, ValueError):
    pass


class StringIO:
    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not ' + type(initial_value).__name__)
        self._buffer = initial_value
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got ' + repr(type(s).__name__))
        buffer = self._buffer
        if self._pos > len(buffer):
            buffer += '\0' * (self._pos - len(buffer))
        self._buffer = buffer[:self._pos] + s + buffer[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        self._check()
        return self._buffer

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            result = self._buffer[self._pos:]
        else:
            result = self._buffer[self._pos:self._pos + size]
        self._pos += len(result)
        return result

    def readline(self, size=-1):
        self._check()
        end = self._buffer[self._pos:].find('\n')
        end = len(self._buffer) if end < 0 else self._pos + end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        result = self._buffer[self._pos:end]
        self._pos = max(self._pos, end)
        return result

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position ' + str(pos))
            self._pos = pos
        elif whence == 2:
            self._pos = len(self._buffer)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else size
        self._buffer = self._buffer[:size]
        return size

    def flush(self):
        self._check()

    def close(self):
        self.closed = True

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        return False

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


StringIO.__module__ = '_io'
