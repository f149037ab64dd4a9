# Loops: else clauses, break/continue through try/finally.
for i in range(3):
    pass
else:
    print('for else', i)

for i in range(5):
    if i == 2:
        break
else:
    print('not printed')
print('broke at', i)

n = 0
while n < 3:
    n += 1
else:
    print('while else', n)

while True:
    try:
        n += 1
        if n > 5:
            break
        continue
    finally:
        print('finally', n)
print('n', n)

out = []
for i in range(4):
    try:
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append('f%d' % i)
    finally:
        out.append('g')
print(out)

def find(items, target):
    for idx, v in enumerate(items):
        try:
            if v == target:
                return idx
        finally:
            pass
    return -1

print(find('abc', 'c'), find('abc', 'z'))

total = 0
for a in range(3):
    for b in range(3):
        if b == 2:
            break
        if a == b:
            continue
        total += a * 10 + b
print(total)

x = [1, 2, 3]
for v in x:
    if v == 2:
        x.append(4)
print(x)

a, b, *rest = range(5)
print(a, b, rest)
*init, last = 'xyz'
print(init, last)
(p, q), r = (1, 2), 3
print(p, q, r)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 1
except TypeError as e:
    print(e)
i = 0
while (i := i + 1) < 5:
    pass
print(i)
print(1 < 2 < 3, 1 < 3 < 2, 0 or 'x', 1 and 0, None or [] or 'last')
