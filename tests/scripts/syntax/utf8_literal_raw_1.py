# coding: utf-8
# A raw literal is decoded whole.
x = r"\tab√("
