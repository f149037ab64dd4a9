import keyword
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.issoftkeyword('_'))
print(keyword.kwlist)
print(keyword.softkwlist, keyword.__all__)
print([w for w in ['if', 'print', 'None', 'case', 'await', 'type'] if keyword.iskeyword(w)])
keyword.iskeyword()
