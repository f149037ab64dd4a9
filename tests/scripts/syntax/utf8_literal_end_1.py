# coding: utf-8
# The closing quote is not part of what is decoded.
x = "a√"
