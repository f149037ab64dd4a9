# exec() of function code objects.
def outer():
    x = 1
    def inner():
        return x
    return inner
try:
    exec(outer().__code__)
except TypeError as e:
    print(e)
def plain():
    print('plain ran')
exec(plain.__code__)
print(eval(compile('1+2', '<s>', 'eval')))
