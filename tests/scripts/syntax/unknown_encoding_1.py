# lemonpy: stderr=all
# -*- coding: klingon -*-
x = 1
