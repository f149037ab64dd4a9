# lemonpy: args=-
# lemonpy: stdin=stdin_program_2.in
# lemonpy: stderr=all
# An uncaught error in a program read from stdin: the file is "<stdin>".
print("this file is not executed")
