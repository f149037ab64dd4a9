# lemonpy: stderr=all
for i in range(3):
    pass
break
