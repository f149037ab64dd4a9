def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class C:
    def f(self): pass
print(object.__dict__['__init__'], object.__dict__['__class__'])
print(int.__dict__['bit_length'], list.__dict__['append'], dict.__dict__['fromkeys'])
print(C.__dict__['__dict__'], C.__dict__['__weakref__'])
print(type.__dict__['__dict__'], type.__dict__['mro'])
print(object.__dict__['__subclasshook__'], type.__dict__['__subclasses__'])
print(int.__dict__['real'], int.__dict__['__add__'], str.__dict__['__getitem__'])
print(type(C.__dict__['__dict__']).__name__, type(int.__dict__['real']).__name__, type(object.__dict__['__init__']).__name__)
print(type(list.__dict__['append']).__name__, type(dict.__dict__['fromkeys']).__name__)
print(object.__init__, int.__add__, list.append, [].append.__name__)
print(type.__dict__['__call__'], type.__dict__['__prepare__'])
print(type.__prepare__('x', ()), type(type.__dict__['__prepare__']))
print(C.__dict__['__dict__'].__get__(C()), C.__dict__['__dict__'].__name__, C.__dict__['__dict__'].__objclass__)
t(lambda: C.__dict__['__dict__'].__get__(5))
print(list.append.__qualname__, list.append.__objclass__, object.__init__.__qualname__, object.__init__.__objclass__)
print(int.real.__qualname__, int.real.__objclass__, int.real.__name__)

