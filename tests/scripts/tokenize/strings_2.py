# lemonpy: args=-m tokenize -e
s = "it's" 'say "hi"' "both ' and \"" '\t\n' "é\u00e9" "\N{BULLET}"
t = """
"""
