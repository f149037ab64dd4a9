# lemonpy: stderr=all
# traceback of a user exception: notes not list
e = ValueError("bad notes")
e.__notes__ = "not a list"
raise e
