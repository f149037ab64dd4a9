# lemonpy: stderr=all
(a, b): int
