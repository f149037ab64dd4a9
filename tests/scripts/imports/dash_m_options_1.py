# lemonpy: env=PYTHONPATH=fixtures
# lemonpy: run=-B -E -m runme -B
