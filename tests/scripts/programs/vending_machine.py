# A vending machine state machine with match statements and custom exceptions.
import sys

class VendingError(Exception):
    pass

class SoldOut(VendingError):
    def __init__(self, item):
        super().__init__(f"{item} is sold out")

class Machine:
    COINS = {"nickel": 5, "dime": 10, "quarter": 25, "dollar": 100}

    def __init__(self, stock):
        self.stock = dict(stock)
        self.credit = 0
        self.bank = 0
        self.log = []

    def handle(self, command):
        match command.split():
            case ["insert", coin] if coin in self.COINS:
                self.credit += self.COINS[coin]
                return f"credit {self.credit}"
            case ["insert", coin]:
                raise VendingError(f"unknown coin {coin!r}")
            case ["buy", item]:
                return self.buy(item)
            case ["refund"]:
                out, self.credit = self.credit, 0
                return f"refund {out}: " + self.change(out)
            case ["restock", item, count]:
                price, qty = self.stock.get(item, (int(count) * 0 + 50, 0))
                self.stock[item] = (price, qty + int(count))
                return f"{item} x{self.stock[item][1]}"
            case ["status"]:
                return ", ".join(f"{k}={q}@{p}" for k, (p, q) in sorted(self.stock.items()))
            case []:
                return "noop"
            case [cmd, *rest]:
                raise VendingError(f"bad command {cmd} with {len(rest)} args")

    def buy(self, item):
        if item not in self.stock:
            raise VendingError(f"no such item {item}")
        price, qty = self.stock[item]
        if qty == 0:
            raise SoldOut(item)
        if self.credit < price:
            raise VendingError(f"insert {price - self.credit} more")
        self.stock[item] = (price, qty - 1)
        self.credit -= price
        self.bank += price
        change, self.credit = self.credit, 0
        return f"vend {item}, change {change}: {self.change(change)}"

    def change(self, amount):
        parts = []
        for name, value in sorted(self.COINS.items(), key=lambda kv: -kv[1]):
            n, amount = divmod(amount, value)
            if n:
                parts.append(f"{n}x{name}")
        return " ".join(parts) or "none"

m = Machine({"cola": (125, 2), "chips": (65, 1), "gum": (35, 0)})
script = """status
insert quarter
insert dollar
buy cola
insert dollar
buy chips
insert dollar
buy chips
refund
buy gum
insert penny
restock gum 3
insert quarter
insert dime
buy gum
buy water
dance now please

insert dollar
insert dollar
buy cola
status"""
for line in script.splitlines():
    try:
        print(f"{line!r:>20} -> {m.handle(line)}")
    except SoldOut as e:
        print(f"{line!r:>20} !! sold out: {e}")
    except VendingError as e:
        print(f"{line!r:>20} !! {e}")
print("bank", m.bank, "credit", m.credit, file=sys.stdout)
print(*sorted(m.stock), sep=" | ", end=" <end>\n")
sys.stdout.write(f"{m.bank / 100:.2f} dollars\n")
