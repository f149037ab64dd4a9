# Found by scripts/fuzz_run.py: underscores in complex() strings.
for s in ['1__0', '1_0j', '_1', '1e_5', '1_e5', '1_', '1+2_0j', '(1_0+2j)', '1.5_5', ' 1_2 ',
          'j_', '1_j', '1__', 'nan_j', '1e5_0', '__']:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), e)
