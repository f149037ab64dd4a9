# A plain submodule.
H = 10
