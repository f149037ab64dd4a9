# lemonpy: stderr=all
while True
    pass
