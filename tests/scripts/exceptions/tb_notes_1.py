# lemonpy: stderr=all
# add_note: the notes follow the message, one per line.
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second\nnote")
raise e
