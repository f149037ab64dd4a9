# as patterns bind the whole matched subject of a sub-pattern.
for v in [[1, 2], [3, [4, 5]], "s", 0]:
    match v:
        case [1, _] as pair:
            print("pair starting with 1:", pair)
        case [_, [*_] as inner]:
            print("inner list", inner)
        case (str() | bytes()) as text:
            print("text", text)
        case (0 | 1) as bit:
            print("bit", bit)
