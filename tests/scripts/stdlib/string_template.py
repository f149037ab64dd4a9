import string
from string import Template as T
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), repr(string.printable))
print(string.capwords(' hello   wORLD  foo '), string.capwords('a-b-c', '-'), repr(string.capwords('')))
t = T('$who likes $what, ${who}s pay $$5')
print(t.template, t.substitute(who='tim', what='kung pao'), t.substitute({'who': 1, 'what': 2}))
print(t.substitute({'who': 1, 'what': 2}, who='x'), t.safe_substitute(who='al'), t.get_identifiers(), t.is_valid())
print(T('${a}x $$ $b $1 ${c').safe_substitute(a=2), T('$a $1').is_valid(), T('$Ab_1c!').substitute(Ab_1c=3), T('$é').safe_substitute())
class P(T):
    delimiter = '%'
print(P('%x and %%, %{y}').substitute(x=1, y=2))
for f in [lambda: T('$a $b').substitute(a=1), lambda: T('ab\ncd $ x').substitute(), lambda: T('$').substitute(),
          lambda: T('${a').substitute(a=1), lambda: T('x\n\n$ ').substitute(), lambda: T('${}').substitute()]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
T('$x').substitute()
