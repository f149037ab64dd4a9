from abc import ABC, abstractmethod

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed

class Account(ABC):
    _next_id = 1
    bank_name = "PyBank"

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self._history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @abstractmethod
    def monthly_fee(self): ...

    def deposit(self, amount):
        self.balance += amount
        self._history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self._history.append(("withdraw", amount))
        return self

    @classmethod
    def from_string(cls, s):
        owner, bal = s.split(":")
        return cls(owner, int(bal))

    @staticmethod
    def valid_amount(x):
        return isinstance(x, (int, float)) and x > 0

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"

    def __str__(self):
        return f"{self.owner}: {self.balance} at {self.bank_name}"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.balance == other.balance

    def __lt__(self, other):
        return self.balance < other.balance

    __hash__ = None

class Checking(Account):
    def monthly_fee(self):
        return 5

class Savings(Account):
    rate = 0.02
    def __init__(self, owner, balance=0, rate=None):
        super().__init__(owner, balance)
        if rate is not None:
            self.rate = rate
    def monthly_fee(self):
        return 0
    def add_interest(self):
        return self.deposit(self.balance * self.rate)

class Premium(Savings, Checking):
    def monthly_fee(self):
        return super().monthly_fee() + Checking.monthly_fee(self)

accts = [Checking("ann", 100), Savings.from_string("bob:250"), Premium("cy", 1000, rate=0.05)]
for a in accts:
    print(repr(a), str(a), a.monthly_fee(), a.id)
accts[0].deposit(50).withdraw(30)
print(accts[0].balance, accts[0]._history)
try:
    accts[0].withdraw(10**6)
except InsufficientFunds as e:
    print("error:", e, e.needed, e.args)
try:
    accts[1].balance = -5
except ValueError as e:
    print("error:", e)
try:
    Account("x")
except TypeError as e:
    print("error:", e)
print(sorted(accts), max(accts), accts[0] == Checking("z", 120), accts[0] != accts[1])
print(Premium.__mro__)
print(Premium("d").add_interest(), Account.valid_amount(3), Account.valid_amount(-1))
try:
    hash(accts[0])
except TypeError as e:
    print("error:", e)
print(accts[2].rate, Savings.rate, Premium.rate, vars(accts[2])["rate"])
print(isinstance(accts[2], Checking), issubclass(Premium, Account), Account.bank_name)
print([type(a).__name__ for a in accts if isinstance(a, Savings)])
