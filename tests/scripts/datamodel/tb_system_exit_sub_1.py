# lemonpy: stderr=all
# traceback of a user exception: system exit sub
class SE(SystemExit): pass
raise SE(3)
