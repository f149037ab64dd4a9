# lemonpy: env=PYTHONPATH=fixtures
# lemonpy: run=-m notpkg.sub
