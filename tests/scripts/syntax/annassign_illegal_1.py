# lemonpy: stderr=all
f(): int
