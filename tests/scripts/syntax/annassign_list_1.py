# lemonpy: stderr=all
[a]: int
