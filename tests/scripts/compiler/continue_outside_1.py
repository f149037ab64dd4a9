# lemonpy: stderr=all
# 'continue' outside a loop (also inside a function inside a loop).
for i in range(3):
    def f():
        continue
