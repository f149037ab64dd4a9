# lemonpy: args=-m tokenize
if a:
    if b:
	c = 1
    # comment
  
    d = 2

e = 3
class K:
  def f(self):
      return (1,
  2)
