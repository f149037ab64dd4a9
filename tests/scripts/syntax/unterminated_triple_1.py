# lemonpy: stderr=all
x = 1
y = f"""abc

