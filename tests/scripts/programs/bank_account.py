# Bank accounts: classes, inheritance, custom exceptions, formatting.

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available


class Account:
    interest = 0.01
    _next_id = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.number = Account._next_id
        Account._next_id += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def apply_interest(self):
        gain = round(self.balance * self.interest, 2)
        self.balance += gain
        self.history.append(("interest", gain))

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance:.2f})"

    def __str__(self):
        return f"#{self.number} {self.owner:<10}{self.balance:>12,.2f}"


class Savings(Account):
    interest = 0.035

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise RuntimeError("too many withdrawals")
        return super().withdraw(amount)


class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(amount, self.balance + self.overdraft)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self


accounts = [Account("alice", 120.5), Savings("bob", 5000), Checking("carol", 20)]
accounts[0].deposit(30).withdraw(10.25)
accounts[1].deposit(1234.56)
for acct in accounts:
    print(acct)
    print(repr(acct))

for amount in (50, 60, 70):
    try:
        accounts[1].withdraw(amount)
        print("ok", amount)
    except RuntimeError as e:
        print("refused:", e)

try:
    accounts[2].withdraw(150)
except InsufficientFunds as e:
    print("InsufficientFunds:", e, e.needed, e.available)
    print(e.args)

accounts[2].withdraw(110)
print(accounts[2])

try:
    accounts[0].deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)

for acct in accounts:
    acct.apply_interest()
total = sum(a.balance for a in accounts)
print(f"total: {total:,.2f}")
print(f"{'owner':^10}|{'ops':^5}|{'last':>10}")
for acct in sorted(accounts, key=lambda a: a.balance, reverse=True):
    last = acct.history[-1]
    print(f"{acct.owner:^10}|{len(acct.history):^5}|{last[0]:>10}")
print(Account.interest, Savings.interest, Checking.interest)
print(isinstance(accounts[1], Account), issubclass(Checking, Savings))
print(Savings.__mro__)
