# A traceback entry is a GC object of sizeof(PyTracebackObject): the head, tb_next, tb_frame, tb_lasti, tb_lineno.
import sys


def fail():
    raise KeyError(2)


try:
    fail()
except KeyError as e:
    kept = e
tb = kept.__traceback__
print(sys.getsizeof(tb), sys.getsizeof(tb.tb_next), tb.tb_next.tb_next is None)
