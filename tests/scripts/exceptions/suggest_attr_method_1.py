# AttributeError on a built-in type's instance.
[].apend(1)
