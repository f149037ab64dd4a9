# lemonpy: args=-m tokenize
café = naïve = 1
µ = μ
x󠄀y = 2
² = ١٢
_private = __dunder__
match = case = _ = 1
