# Inventory management with dicts, sorting and formatted reports.

inventory = {}

def add_item(name, qty, price, category="misc"):
    if name in inventory:
        inventory[name]["qty"] += qty
    else:
        inventory[name] = {"qty": qty, "price": price, "category": category}

def remove_item(name, qty):
    try:
        item = inventory[name]
    except KeyError:
        print(f"no such item: {name!r}")
        return False
    if item["qty"] < qty:
        print(f"only {item['qty']} {name} left")
        return False
    item["qty"] -= qty
    if item["qty"] == 0:
        del inventory[name]
    return True

add_item("apple", 50, 0.4, "fruit")
add_item("banana", 30, 0.25, "fruit")
add_item("hammer", 5, 12.99, "tools")
add_item("nails", 1000, 0.01, "tools")
add_item("apple", 25, 0.4)
add_item("milk", 12, 1.15, "dairy")
add_item("cheese", 3, 7.5, "dairy")
add_item("widget", 7, 3.333)

remove_item("banana", 10)
remove_item("cheese", 5)
remove_item("pear", 1)
remove_item("hammer", 5)

print(f"{'item':<10}{'qty':>6}{'price':>8}{'value':>10}")
print("-" * 34)
for name, item in sorted(inventory.items()):
    value = item["qty"] * item["price"]
    print(f"{name:<10}{item['qty']:>6}{item['price']:>8.2f}{value:>10.2f}")
print("-" * 34)
total = sum(i["qty"] * i["price"] for i in inventory.values())
print(f"{'total':<24}{total:>10.2f}")

by_cat = {}
for name, item in inventory.items():
    by_cat.setdefault(item["category"], []).append(name)
for cat, names in sorted(by_cat.items(), key=lambda kv: len(kv[1]), reverse=True):
    print(cat, sorted(names))

print(list(inventory))
print(inventory["apple"])
print("hammer" in inventory, len(inventory))
cheap = {k: v["price"] for k, v in inventory.items() if v["price"] < 1}
print(cheap)
restock = [k for k, v in inventory.items() if v["qty"] < 10]
print("restock:", restock)
prices = sorted(inventory.items(), key=lambda kv: kv[1]["price"])
print([k for k, _ in prices])
inventory.update({"pear": {"qty": 4, "price": 0.6, "category": "fruit"}})
print(inventory.pop("pear"), inventory.pop("pear", None))
print(inventory.popitem())
print(dict(sorted(cheap.items(), key=lambda kv: -kv[1])))
copy = dict(inventory)
copy.clear()
print(copy, len(inventory))
print(inventory.keys() & {"apple", "nails", "x"})
try:
    inventory["ghost"]
except KeyError as e:
    print("KeyError", e, repr(e))
print(inventory["ghost"])
