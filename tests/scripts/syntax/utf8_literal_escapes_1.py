# coding: utf-8
# A literal with escapes is decoded one run of non-ASCII bytes at a time.
x = "\tab√("
