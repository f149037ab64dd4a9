# lemonpy: env=PYTHONPATH=fixtures
# lemonpy: run=-m nomain
