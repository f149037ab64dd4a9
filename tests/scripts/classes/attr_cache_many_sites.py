# More attribute sites than the per-site caches have slots (65535): code
# made by exec in a loop; sites that lose their slot must still answer
# right, also after the class changes.
class A:
    x = 1

    def m(self):
        return 2


a = A()
t = 0
for i in range(25000):
    ns = {'a': a}
    exec('r = a.x + a.m()\na.y = %d\nr += a.y' % i, ns)
    t += ns['r']
    if i == 20000:
        A.x = 10
        A.m = lambda self: 20
print(t, a.y, a.x, a.m())
