# lemonpy: env=PYTHONPATH=fixtures
# lemonpy: run=-m runme a -v --x
