# lemonpy: run=-m no_such_module_here
