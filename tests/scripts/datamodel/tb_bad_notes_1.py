# lemonpy: stderr=all
# traceback of a user exception: bad notes
e = ValueError("notes with non-str")
e.__notes__ = ["ok", 42, b"x"]
raise e
