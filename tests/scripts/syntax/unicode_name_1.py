# lemonpy: stderr=all
x = '\N{NO SUCH NAME}'
