# strings.py -- string building: concatenation in a loop, str.join, slicing,
# str methods, int <-> str conversion and f-strings.  Prints a checksum made
# from lengths and counts.


def build_concat(n):
    s = ''
    for i in range(n):
        s += str(i % 10)
        if i % 100 == 99:
            s += '\n'
    return s


def build_join(n):
    parts = []
    for i in range(n):
        parts.append(f'{i}:{i * 3 % 17}')
    return ','.join(parts)


def transform(text):
    total = 0
    for line in text.split('\n'):
        up = line.upper().replace('5', 'five')
        total += len(up) + up.count('fi') + line.find('9')
        total += len(line[10:40].strip('0'))
        if line.startswith('01'):
            total += 1
    return total


def parse_numbers(text):
    total = 0
    for item in text.split(','):
        key, _, value = item.partition(':')
        total += int(key) ^ int(value)
    return total


def run():
    checksum = 0
    for _ in range(60):
        a = build_concat(60_000)
        b = build_join(30_000)
        checksum += len(a) + len(b) + transform(a) + parse_numbers(b)
    return checksum


print(run())
