# Big products, each under the size checks, whose work the time estimate must refuse.
x = 7 ** 10 ** 5
y = x ** 30
z = y * y
print('done')
