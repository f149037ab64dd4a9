# AttributeError: instance and class attributes are candidates.
class A:
    def __init__(self): self.velocity = 1
A().velocty
