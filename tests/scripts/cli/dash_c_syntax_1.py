# lemonpy: args=-c "x = (1,"
# lemonpy: stderr=all
# A syntax error in -c code names "<string>".
print("not executed")
