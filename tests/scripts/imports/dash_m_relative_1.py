# lemonpy: run=-m .runme
