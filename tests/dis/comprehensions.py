l = [i * 2 for i in range(10) if i % 3]
s = {i for i in l}
d = {k: v for k, v in zip(l, l)}
g = (x for x in l for y in l)
