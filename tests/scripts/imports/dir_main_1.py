# Running a folder runs its __main__.py, the folder first on sys.path.
# lemonpy: run=fixtures/dirapp a b
