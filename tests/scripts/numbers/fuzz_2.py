# Found by scripts/fuzz_run.py: float() errors show the whole string,
# to_bytes converts its length as a C ssize_t.
for s in ['_σ_0' * 50, 'x' * 300, 'σ' * 300, '1_σ', '1σ', 'σ1']:
    try: float(s)
    except ValueError as e: print(len(str(e)), ascii(str(e))[-30:])
import sys
try: (8).to_bytes(10**50)
except Exception as e: print(e)
