# complex.__format__ rejects an unknown type code before complaining about zero padding
for spec in ["#010b", "010x", "08", "0=10", "=10", "010%", "010.2f"]:
    try:
        print(spec, repr(format(3 + 4j, spec)))
    except ValueError as e:
        print(spec, "ValueError:", e)
