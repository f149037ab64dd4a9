# lemonpy: stderr=all
print 'hello'
