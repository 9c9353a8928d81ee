# Traceback and frame objects: what a kept exception keeps alive and what the collector counts.
import gc
gc.disable()
gc.collect()
def chain():
    try:
        try:
            raise ValueError("first")
        except ValueError as first:
            raise TypeError("second") from first
    except TypeError as second:
        return second
err = chain()
print(type(err.__cause__).__name__, err.__cause__.__traceback__ is not None, err.__context__ is err.__cause__)
del err
print("chained exceptions and their tracebacks:", gc.collect())
err = chain()
err.__traceback__ = None
err.__cause__.__traceback__ = None
del err
print("without tracebacks:", gc.collect())
