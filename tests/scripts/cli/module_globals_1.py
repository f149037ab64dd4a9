# Module-level dunders of the main script.
print(__name__, __doc__, type(__builtins__).__name__ in ("module", "dict"))
print(__file__.endswith("module_globals_1.py"))
print(sorted(k for k in globals() if not k.startswith("__")))
