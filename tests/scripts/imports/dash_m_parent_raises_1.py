# lemonpy: env=PYTHONPATH=fixtures
# lemonpy: run=-m raises.sub
