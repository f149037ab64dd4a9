# Augmented assignments on names, items and attributes; lists mutate in
# place, tuples and ints rebind.
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7; n <<= 2; n >>= 1; n |= 8; n &= 12; n ^= 5
print(n)
l = [1]
alias = l
l += [2]
print(alias, l is alias)
t = (1,)
t_alias = t
t += (2,)
print(t_alias, t)
d = {"k": 1}
d["k"] += 10
print(d)
class O:
    pass
o = O()
o.x = "a"
o.x *= 3
print(o.x)
f = 1.5
f /= 2
print(f)
