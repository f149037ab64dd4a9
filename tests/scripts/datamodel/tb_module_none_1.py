# lemonpy: stderr=all
# traceback of a user exception: module none
class E(Exception):
    __module__ = None
raise E("module None")
