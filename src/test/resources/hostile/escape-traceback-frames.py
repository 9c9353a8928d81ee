# Reach frames through an exception's traceback.
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    f = tb.tb_frame
    while f.f_back is not None:
        f = f.f_back
    print(sorted(k for k in f.f_globals if not k.startswith('__')))
