# -m of a module its package's __init__ already imported: runpy's
# RuntimeWarning, then the module runs.
# lemonpy: env=PYTHONPATH=fixtures
# lemonpy: run=-m warnpkg.sub
# lemonpy: stderr=all
