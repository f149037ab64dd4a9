# NameError: a case flip costs less than other edits.
Value = 1
value
