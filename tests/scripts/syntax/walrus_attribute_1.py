# lemonpy: stderr=all
(a.b := 1)
