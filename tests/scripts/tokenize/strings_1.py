# lemonpy: args=-m tokenize
a = "x" 'y' r"\d" b'\x00' rb"raw" Rb'R' BR"BR" f"{a!r:>{b}}" Fr'x' u"u" U'U'
b = """one
two
  three"""
c = '''it's
'''
d = "contin\
ued"
e = f"""{x}
{y!s}"""
