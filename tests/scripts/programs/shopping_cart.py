# Shopping cart with discounts, coupons, tax rounding and a receipt.

class Product:
    def __init__(self, sku, name, price, taxable=True):
        self.sku, self.name, self.price, self.taxable = sku, name, price, taxable

    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r}, {self.price})"

class CouponError(ValueError):
    pass

class Cart:
    TAX = 0.0825

    def __init__(self):
        self.lines = {}
        self.coupons = []

    def add(self, product, qty=1):
        if qty <= 0:
            raise ValueError(f"quantity must be positive, got {qty}")
        line = self.lines.setdefault(product.sku, [product, 0])
        line[1] += qty

    def remove(self, sku, qty=None):
        if sku not in self.lines:
            raise KeyError(sku)
        if qty is None or qty >= self.lines[sku][1]:
            del self.lines[sku]
        else:
            self.lines[sku][1] -= qty

    def apply(self, code):
        rules = {"SAVE10": ("pct", 10), "FIVEOFF": ("flat", 5.0), "BOGO-APL": ("bogo", "APL")}
        if code not in rules:
            raise CouponError(f"invalid coupon {code!r}")
        if code in self.coupons:
            raise CouponError(f"coupon {code} already applied")
        self.coupons.append(code)
        return rules[code]

    def subtotal(self):
        return sum(p.price * q for p, q in self.lines.values())

    def discounts(self):
        out = []
        for code in self.coupons:
            kind, val = {"SAVE10": ("pct", 10), "FIVEOFF": ("flat", 5.0), "BOGO-APL": ("bogo", "APL")}[code]
            if kind == "pct":
                out.append((code, round(self.subtotal() * val / 100, 2)))
            elif kind == "flat":
                out.append((code, min(val, self.subtotal())))
            elif val in self.lines:
                p, q = self.lines[val]
                out.append((code, p.price * (q // 2)))
        return out

    def receipt(self):
        lines = []
        for p, q in sorted(self.lines.values(), key=lambda pq: pq[0].name):
            lines.append(f"{p.name:<14}{q:>3} x {p.price:>6.2f} = {p.price * q:>8.2f}{'' if p.taxable else ' N'}")
        sub = self.subtotal()
        lines.append(f"{'Subtotal':<28}{sub:>8.2f}")
        disc = self.discounts()
        for code, amt in disc:
            lines.append(f"  {code:<26}{-amt:>8.2f}")
        total_disc = sum(a for _, a in disc)
        taxable = sum(p.price * q for p, q in self.lines.values() if p.taxable)
        ratio = (sub - total_disc) / sub if sub else 0
        tax = round(taxable * ratio * self.TAX, 2)
        lines.append(f"{'Tax @ %.2f%%' % (self.TAX * 100):<28}{tax:>8.2f}")
        total = round(sub - total_disc + tax, 2)
        lines.append(f"{'TOTAL':<28}{total:>8.2f}")
        return "\n".join(lines), total

catalog = [Product("APL", "Apple", 0.5, False), Product("BRD", "Bread", 3.25, False),
           Product("TV", "Television 55in", 499.99), Product("HDMI", "HDMI cable", 12.49), Product("SOAP", "Soap", 1.99)]
by_sku = {p.sku: p for p in catalog}
cart = Cart()
for sku, q in [("APL", 6), ("BRD", 1), ("HDMI", 2), ("SOAP", 3), ("APL", 1), ("TV", 1)]:
    cart.add(by_sku[sku], q)
try:
    cart.add(by_sku["TV"], 0)
except ValueError as e:
    print("ValueError:", e)
cart.remove("SOAP", 1)
cart.remove("TV")
try:
    cart.remove("TV")
except KeyError as e:
    print("KeyError:", e)
for code in ["SAVE10", "BOGO-APL", "SAVE10", "FREE"]:
    try:
        print(code, "->", cart.apply(code))
    except CouponError as e:
        print(f"{type(e).__name__}: {e}")
text, total = cart.receipt()
print(text)
print(repr(total), f"{total:.2f}", round(total * 100), isinstance(CouponError("x"), ValueError))
print(sorted(by_sku.values(), key=lambda p: -p.price)[:2])
empty = Cart()
print(empty.receipt())
