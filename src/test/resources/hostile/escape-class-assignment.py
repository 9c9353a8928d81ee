# Turn an int into a str by assigning __class__.
x = 1
x.__class__ = str
