"""inventory -- items, stock and orders (a package)."""
from .items import Item, Catalogue
from .orders import Order, OrderError

__all__ = ["Item", "Catalogue", "Order", "OrderError"]
VERSION = (1, 2)
