# lemonpy: stdin=interactive_menu.in
# A menu-driven program reading commands with input() until EOF, with validation and retries.

balance = 0.0
history = []

def read_amount(prompt):
    while True:
        raw = input(prompt)
        try:
            value = float(raw)
        except ValueError:
            print(f"  {raw!r} is not a number, try again")
            continue
        if value <= 0:
            print("  amount must be positive")
            continue
        return round(value, 2)

print("Welcome to the bank")
while True:
    try:
        choice = input("[d]eposit [w]ithdraw [b]alance [h]istory [q]uit > ").strip().lower()
    except EOFError:
        print("\nend of input")
        break
    if choice in ("d", "deposit"):
        amt = read_amount("amount: ")
        balance += amt
        history.append(("deposit", amt))
        print(f"  deposited {amt:.2f}")
    elif choice in ("w", "withdraw"):
        amt = read_amount("amount: ")
        if amt > balance:
            print(f"  insufficient funds ({balance:.2f} available)")
        else:
            balance -= amt
            history.append(("withdraw", amt))
            print(f"  withdrew {amt:.2f}")
    elif choice in ("b", "balance"):
        print(f"  balance: {balance:,.2f}")
    elif choice in ("h", "history"):
        for i, (kind, amt) in enumerate(history, 1):
            print(f"  {i}. {kind:<8} {amt:>10.2f}")
        if not history:
            print("  (empty)")
    elif choice in ("q", "quit"):
        print("bye")
        break
    elif not choice:
        continue
    else:
        print(f"  unknown choice {choice!r}")
print(f"final balance {balance:.2f} after {len(history)} transactions")
