# lemonpy: stderr=all
# traceback of a user exception: keyboard sub
class K(KeyboardInterrupt): pass
raise K()
