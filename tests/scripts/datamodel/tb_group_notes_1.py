# lemonpy: stderr=all
# traceback of a user exception: group notes
eg = ExceptionGroup("with notes", [ValueError("a")])
eg.add_note("group note")
eg.exceptions[0].add_note("leaf note")
raise eg
