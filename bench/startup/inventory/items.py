"""inventory.items -- catalogue entries."""
import textutil


class Item:
    def __init__(self, name, price, stock=0, tags=()):
        if price < 0:
            raise ValueError(f"negative price for {name!r}")
        self.name, self.price, self.stock = name, price, stock
        self.tags = set(tags)
        self.sku = textutil.slugify(name)

    def __repr__(self):
        return f"Item({self.name!r}, {self.price!r}, stock={self.stock})"


class Catalogue:
    def __init__(self):
        self.items = {}

    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item
        return item

    def __getitem__(self, sku):
        return self.items[sku]

    def __contains__(self, sku):
        return sku in self.items

    def __iter__(self):
        return iter(sorted(self.items.values(), key=lambda i: i.sku))

    def tagged(self, tag):
        return [i for i in self if tag in i.tags]

    def total_value(self):
        return sum(i.price * i.stock for i in self.items.values())

    def restock(self, sku, amount):
        self.items[sku].stock += amount
        return self.items[sku].stock
