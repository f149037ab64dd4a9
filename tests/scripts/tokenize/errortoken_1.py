# lemonpy: args=-m tokenize
x = $a ? b ` c
y = 5 !
z =  $
w = 1 \ 2
