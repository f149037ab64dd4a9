# sys.float_info, int_info, hash_info, version_info: tuples with named fields.
import sys
print(sys.float_info); print(sys.int_info); print(sys.hash_info); print(type(sys.float_info).__name__, len(sys.float_info), sys.float_info[0], sys.float_info.epsilon, sys.version_info, sys.version_info[0:3], sys.version_info > (3, 10))
