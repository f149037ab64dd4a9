# lemonpy: args=-m tokenize
a = 0777 + 1if x else 0b1012 + 0o78 + 0xfg
b = 1_000_000 + 0x_ff + 1__0 + 1_ + 0_0 + 00 + 1e5j + .5 + 5. + 1.e-3 + 1E+
c = 1.__class__ + 1..real + 0O17 + 0B1 + 0XDEAD
