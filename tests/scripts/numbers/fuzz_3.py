# Found by scripts/fuzz_run.py: argument count errors of float and complex
# methods.
for t in ['(1.5).__format__()', '(1.5).__format__(1,2)', '(1j).__format__()', '(1).__format__()', "'a'.__format__()", 'float.fromhex()', 'float.fromhex(1,2)', 'float.__getformat__()', '(1.5).hex(1)', '(1.5).is_integer(1)', '(1.5).as_integer_ratio(1)', '(1.5).__round__(1,2)', '(1.5).__trunc__(1)', '(1j).conjugate(1)', '(1).bit_length(1)', '(1).__round__(1,2)','(1).__getnewargs__(1)', '(1.5).__getnewargs__(1)', 'float.__new__(float, 1, 2)', '(1).__trunc__(1)', '(1.5).__int__(1)', '(1).__index__(1)','True.__or__()', '(1.5).conjugate(1)', '(1.5).__floor__(1)', '(1j).__complex__(1)', '(1).to_bytes(1,2,3,4)']:
    try: eval(t)
    except Exception as e: print(t, type(e).__name__, e)
