# -*- coding: uft-8 -*-
# lemonpy: args=-m tokenize
x = 1
