"""inventory.orders -- orders against a catalogue."""
from . import items
import stats


class OrderError(Exception):
    pass


class Order:
    _next_id = 1

    def __init__(self, catalogue):
        self.catalogue = catalogue
        self.lines = {}
        self.id = Order._next_id
        Order._next_id += 1

    def add(self, sku, qty=1):
        if sku not in self.catalogue:
            raise OrderError(f"no such item: {sku}")
        item = self.catalogue[sku]
        have = self.lines.get(sku, 0)
        if have + qty > item.stock:
            raise OrderError(f"only {item.stock} of {sku} in stock")
        self.lines[sku] = have + qty
        return self

    def total(self):
        return sum(self.catalogue[s].price * q for s, q in self.lines.items())

    def line_prices(self):
        return [self.catalogue[s].price for s in self.lines]

    def average_price(self):
        return stats.mean(self.line_prices())

    def commit(self):
        for sku, qty in self.lines.items():
            self.catalogue[sku].stock -= qty
        return self.total()

    def is_item(self, obj):
        return isinstance(obj, items.Item)
