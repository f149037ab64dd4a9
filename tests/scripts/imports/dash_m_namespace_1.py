# lemonpy: env=PYTHONPATH=fixtures/ns_one
# lemonpy: run=-m nsp
