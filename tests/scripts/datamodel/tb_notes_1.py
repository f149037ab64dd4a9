# lemonpy: stderr=all
# traceback of a user exception: notes
class E(Exception): pass
e = E("with notes")
e.add_note("first note")
e.add_note("second\nmultiline note")
raise e
