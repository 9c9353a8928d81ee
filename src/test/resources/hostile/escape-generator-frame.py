# A generator's frame and its code.
def g():
    yield 1
it = g()
fr = it.gi_frame
print(fr.f_code.co_name, fr.f_back)
