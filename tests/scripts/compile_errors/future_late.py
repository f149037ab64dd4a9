# lemonpy: stderr=all
"doc"
import sys
from __future__ import annotations
