# lemonpy: stderr=all
# Explicit chaining in a traceback: "The above exception was the direct
# cause of the following exception".
def load(d):
    try:
        return d["key"]
    except KeyError as e:
        raise LookupError("no key in config") from e

load({})
