# Transaction processing with a custom exception hierarchy, rollback and an uncaught error at the end.

class LedgerError(Exception):
    pass

class InsufficientFunds(LedgerError):
    def __init__(self, account, amount, balance):
        super().__init__(f"{account}: cannot withdraw {amount}, balance is {balance}")
        self.account, self.amount, self.balance = account, amount, balance

class UnknownAccount(LedgerError, KeyError):
    pass

class FrozenAccount(LedgerError):
    pass

class Ledger:
    def __init__(self, **balances):
        self.balances = dict(balances)
        self.frozen = set()
        self.journal = []

    def _check(self, name):
        if name not in self.balances:
            raise UnknownAccount(name)
        if name in self.frozen:
            raise FrozenAccount(f"{name} is frozen")

    def transfer(self, src, dst, amount):
        snapshot = dict(self.balances)
        try:
            self._check(src)
            self._check(dst)
            if amount <= 0:
                raise ValueError(f"amount must be positive: {amount}")
            if self.balances[src] < amount:
                raise InsufficientFunds(src, amount, self.balances[src])
            self.balances[src] -= amount
            self.balances[dst] += amount
        except Exception:
            self.balances = snapshot
            self.journal.append(("failed", src, dst, amount))
            raise
        else:
            self.journal.append(("ok", src, dst, amount))
        finally:
            assert sum(self.balances.values()) == sum(snapshot.values())

    def batch(self, transfers):
        done = 0
        for t in transfers:
            try:
                self.transfer(*t)
                done += 1
            except InsufficientFunds as e:
                print(f"  skipped (funds): {e} [short by {e.amount - e.balance}]")
            except UnknownAccount as e:
                print(f"  skipped (unknown): {e!r} {isinstance(e, KeyError)}")
            except LedgerError as e:
                print(f"  skipped ({type(e).__name__}): {e}")
        return done

ledger = Ledger(alice=100, bob=50, carol=0)
ledger.frozen.add("carol")
n = ledger.batch([("alice", "bob", 30), ("bob", "alice", 500), ("alice", "dave", 1), ("bob", "carol", 5),
                  ("bob", "alice", 80), ("alice", "bob", 50)])
print(n, ledger.balances)
try:
    ledger.transfer("alice", "bob", -5)
except ValueError as e:
    print("ValueError:", e)
print(ledger.journal)
print([j[0] for j in ledger.journal].count("failed"))
print(UnknownAccount.__mro__[1:4])
try:
    try:
        ledger.transfer("zed", "bob", 1)
    except LedgerError as e:
        raise RuntimeError("batch aborted") from e
except RuntimeError as e:
    print(e, "caused by", repr(e.__cause__))
ledger.frozen.add("bob")
ledger.transfer("alice", "bob", 1)
