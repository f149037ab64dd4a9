# from __future__ import ... imports the __future__ module (library folder)
# at run time, as CPython does.
from __future__ import annotations, generator_stop
import __future__


def f(x: int) -> list[str]:
    pass


print(f.__annotations__)
print(__future__.__all__)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease())
print(annotations is __future__.annotations, generator_stop.compiler_flag)
print(sorted(k for k in dir(__future__) if k.startswith('CO_')))
try:
    exec('from __future__ import braces')
except SyntaxError as e:
    print(type(e).__name__, e)
