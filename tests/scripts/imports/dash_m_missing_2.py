# lemonpy: env=PYTHONPATH=fixtures
# lemonpy: run=-m runpkg.no_such
