# Sports league table: parsing results, computing standings, multiple output formats.

RESULTS = """Lions 3 - 1 Tigers
Bears 0 - 0 Wolves
Tigers 2 - 2 Bears
Wolves 1 - 4 Lions
Lions 1 - 1 Bears
Tigers 3 - 0 Wolves
Bears 2 - 1 Lions
Wolves 2 - 2 Tigers
Eagles 5 - 0 Wolves
Eagles 1 - 2 Lions"""

def parse(line):
    left, right = line.split(" - ")
    home, hg = left.rsplit(" ", 1)
    ag, away = right.split(" ", 1)
    return home, int(hg), away, int(ag)

table = {}
def row(team):
    return table.setdefault(team, {"P": 0, "W": 0, "D": 0, "L": 0, "GF": 0, "GA": 0, "Pts": 0, "form": []})

for line in RESULTS.splitlines():
    h, hg, a, ag = parse(line)
    for team, gf, ga in ((h, hg, ag), (a, ag, hg)):
        r = row(team)
        r["P"] += 1
        r["GF"] += gf
        r["GA"] += ga
        if gf > ga:
            r["W"] += 1; r["Pts"] += 3; r["form"].append("W")
        elif gf == ga:
            r["D"] += 1; r["Pts"] += 1; r["form"].append("D")
        else:
            r["L"] += 1; r["form"].append("L")

order = sorted(table, key=lambda t: (-table[t]["Pts"], -(table[t]["GF"] - table[t]["GA"]), -table[t]["GF"], t))
cols = ["P", "W", "D", "L", "GF", "GA"]
print(f"{'#':>2} {'Team':<8}" + "".join(f"{c:>4}" for c in cols) + f"{'GD':>5}{'Pts':>5}  Form")
for i, t in enumerate(order, 1):
    r = table[t]
    gd = r["GF"] - r["GA"]
    print(f"{i:>2} {t:<8}" + "".join(f"{r[c]:>4}" for c in cols) + f"{gd:>+5}{r['Pts']:>5}  {''.join(r['form'][-3:])}")
print()
print("csv:")
print(",".join(["team"] + cols + ["pts"]))
for t in order:
    print(",".join([t] + [str(table[t][c]) for c in cols] + [str(table[t]["Pts"])]))
print()
print("markdown:")
print("| team | " + " | ".join(cols) + " |")
print("|" + "---|" * (len(cols) + 1))
for t in order:
    print(f"| {t} | " + " | ".join(str(table[t][c]) for c in cols) + " |")
total_goals = sum(r["GF"] for r in table.values())
matches = len(RESULTS.splitlines())
print(f"\n{matches} matches, {total_goals} goals, {total_goals / matches:.2f} per match")
biggest = max((parse(l) for l in RESULTS.splitlines()), key=lambda m: (abs(m[1] - m[3]), m[1] + m[3]))
print("biggest win: %s %d-%d %s" % biggest)
draws = [l for l in RESULTS.splitlines() if parse(l)[1] == parse(l)[3]]
print("draws:", draws)
print({t: "%.1f%%" % (100 * r["W"] / r["P"]) for t, r in sorted(table.items())})
unbeaten = [t for t in order if table[t]["L"] == 0]
print("unbeaten:", unbeaten or "none")
