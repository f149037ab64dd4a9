# a typical coursework program: operator overloading, containers, exceptions
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self): return f"Vector({self.x!r}, {self.y!r})"
    def __str__(self): return f"({self.x}, {self.y})"
    def __format__(self, spec):
        if not spec: return str(self)
        return f"({format(self.x, spec)}, {format(self.y, spec)})"
    def __add__(self, o):
        if not isinstance(o, Vector): return NotImplemented
        return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return self + (-o)
    def __neg__(self): return Vector(-self.x, -self.y)
    def __mul__(self, k):
        if isinstance(k, Vector): return self.x * k.x + self.y * k.y
        if isinstance(k, (int, float)): return Vector(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o): return self.x * o.y - self.y * o.x
    def __truediv__(self, k): return Vector(self.x / k, self.y / k)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __eq__(self, o): return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __round__(self, n=None): return Vector(round(self.x, n), round(self.y, n))

a, b = Vector(3, 4), Vector(1, -2)
print(a + b, a - b, -a, a * 2, 3 * a, a * b, a @ b, a / 2, abs(a))
print(repr(a), f"{a}", f"{a / 3:.2f}", "{:>5}".format(str(b)))
print(bool(Vector()), bool(a), a == Vector(3, 4), a != b, len({a, Vector(3, 4), b}))
x, y = a
print(x, y, list(a), a[1], a[-1], tuple(reversed(a)), max(a), sorted(b))
print(round(Vector(1.26, 2.5)), round(Vector(1.26, 2.75), 1))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a * "s"
except TypeError as e:
    print("TypeError:", e)
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError:", e)
total = Vector()
for v in [a, b, Vector(1, 1)]:
    total += v
print(total, sum([a, b], Vector()))

class Node:
    def __init__(self, value, next=None): self.value, self.next = value, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._n = 0
        for it in reversed(list(items)): self.push(it)
    def push(self, v):
        self.head = Node(v, self.head); self._n += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self): return self._n
    def __getitem__(self, i):
        if isinstance(i, slice): return LinkedList(list(self)[i])
        if i < 0: i += len(self)
        for k, v in enumerate(self):
            if k == i: return v
        raise IndexError("LinkedList index out of range")
    def __contains__(self, v): return any(x == v for x in self)
    def __repr__(self): return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, o): return list(self) == list(o)
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1], ll[1:3], 3 in ll, 9 in ll, list(reversed(ll)), ll == [1, 2, 3, 4])
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)

class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount}: balance is {balance}")
        self.balance, self.amount = balance, amount
class Account:
    def __init__(self, owner, balance=0):
        self.owner, self._balance = owner, balance
    @property
    def balance(self): return self._balance
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self._balance, amount)
        self._balance -= amount
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et is InsufficientFunds:
            print("rolled back:", ev)
            return True
acc = Account("ann", 100)
with acc:
    acc.withdraw(30)
    acc.withdraw(100)
    print("not reached")
print(acc.balance)
try:
    acc.withdraw(500)
except BankError as e:
    print(type(e).__name__, e, e.args, e.amount, isinstance(e, Exception))
acc.withdraw(1000)
