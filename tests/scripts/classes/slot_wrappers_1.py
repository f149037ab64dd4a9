print(int.__add__(1, 2), (5).__mul__(3), 'a'.__add__('b'))
print(type(3), type('x'), type(None), type(type))
