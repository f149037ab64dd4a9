# -*- coding: latin-1 -*-
# lemonpy: args=-m tokenize
s = "café ½"
