# lemonpy: stderr=all
from x import a,
