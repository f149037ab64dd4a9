# lemonpy: stderr=all
# raise ... from ...: the cause first, with "direct cause".
def load(d):
    try:
        return d["key"]
    except KeyError as e:
        raise LookupError("no key in config") from e
load({})
