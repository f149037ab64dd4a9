import a.b.c
import a.b as ab
from . import x
from ..m import y as z, w
from n import *
