# lemonpy: stderr=all
price = 5€
