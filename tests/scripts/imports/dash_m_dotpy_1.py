# lemonpy: env=PYTHONPATH=fixtures
# lemonpy: run=-m runme.py
