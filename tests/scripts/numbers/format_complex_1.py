# format() of complex numbers.
specs = ['', '10', '<12', 'g', '.2f', 'e', '+', ',', '.3', 'n', 'z', '^20.3g', '#', '>15', 'E']
for v in (1 + 2j, 1j, -1j, complex(-0.0, -1), 12345 + 6789j, complex(float('inf'), float('nan')),
          0j, 1.5 - 2.25j):
    print(v, [format(v, s) for s in specs])
print(f'{1+2j:.1f} {3j:>8}|')
for s in ('=', '=10', '010', '%', 'x', 'd'):
    try:
        print(format(1 + 2j, s))
    except ValueError as e:
        print('ValueError:', e)
