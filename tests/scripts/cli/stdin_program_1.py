# lemonpy: args=-
# lemonpy: stdin=stdin_program_1.in
# "-" runs the program read from standard input; sys.argv[0] is '-'.
print("this file is not executed")
