# lemonpy: env=PYTHONPATH=fixtures
# lemonpy: run=-m runpkg one two
