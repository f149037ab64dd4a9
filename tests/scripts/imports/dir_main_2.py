# A folder without __main__.py.
# lemonpy: run=fixtures/ns_one
# lemonpy: stderr=all
