# Warehouse stock with validation decorators, context managers for transactions, and error summaries.

def validate(**checks):
    def deco(fn):
        names = fn.__code__.co_varnames[:fn.__code__.co_argcount]
        def wrapper(*args, **kwargs):
            bound = dict(zip(names, args))
            bound.update(kwargs)
            for arg, check in checks.items():
                if arg in bound and not check(bound[arg]):
                    raise ValueError(f"{fn.__name__}: invalid {arg}={bound[arg]!r}")
            return fn(*args, **kwargs)
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = {k: dict(v) for k, v in self.store.items.items()}
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.items = self.snapshot
            self.store.errors.append(f"{exc_type.__name__}: {exc}")
            return issubclass(exc_type, (ValueError, KeyError))
        return False

class Store:
    def __init__(self):
        self.items = {}
        self.errors = []

    @validate(sku=lambda s: isinstance(s, str) and s.isalnum(), qty=lambda q: isinstance(q, int) and q >= 0,
              price=lambda p: p > 0)
    def add(self, sku, qty, price):
        item = self.items.setdefault(sku, {"qty": 0, "price": price})
        item["qty"] += qty
        item["price"] = price

    @validate(qty=lambda q: q > 0)
    def take(self, sku, qty):
        item = self.items[sku]
        if item["qty"] < qty:
            raise ValueError(f"only {item['qty']} of {sku}")
        item["qty"] -= qty

    def value(self):
        return round(sum(i["qty"] * i["price"] for i in self.items.values()), 2)

s = Store()
with Transaction(s):
    s.add("A1", 10, 2.5)
    s.add("B2", 5, 10.0)
print(s.items, s.value())
with Transaction(s):
    s.take("A1", 3)
    s.take("B2", 9)
print(s.items, s.value())
with Transaction(s):
    s.add("C3", 1, 1.0)
    s.take("ZZ", 1)
print(sorted(s.items), s.value())
with Transaction(s):
    s.add("bad sku", 1, 1.0)
with Transaction(s):
    s.add("D4", -1, 1.0)
with Transaction(s):
    s.take("A1", 0)
print(s.errors)
try:
    with Transaction(s):
        s.add("E5", 1, 1.0)
        s.items["E5"]["qty"] / 0
except ZeroDivisionError as e:
    print("escaped:", e)
print(sorted(s.items), s.errors[-1], s.add.__name__)
with Transaction(s) as t:
    print(type(t).__name__, t.store is s)
