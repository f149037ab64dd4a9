# Web server log analysis: parsing with str methods, status histograms, top-N, time buckets, anomalies.

LOG = """192.168.0.1 - - [10/Oct/2024:13:55:36] "GET /index.html HTTP/1.1" 200 2326
192.168.0.2 - - [10/Oct/2024:13:55:40] "GET /about.html HTTP/1.1" 200 1024
10.0.0.5 - - [10/Oct/2024:13:56:01] "POST /login HTTP/1.1" 302 512
192.168.0.1 - - [10/Oct/2024:13:56:15] "GET /missing.png HTTP/1.1" 404 0
10.0.0.5 - - [10/Oct/2024:13:57:00] "GET /dashboard HTTP/1.1" 200 8192
172.16.5.4 - - [10/Oct/2024:13:57:30] "GET /admin HTTP/1.1" 403 128
172.16.5.4 - - [10/Oct/2024:13:57:31] "GET /admin HTTP/1.1" 403 128
172.16.5.4 - - [10/Oct/2024:13:57:32] "GET /admin HTTP/1.1" 403 128
this line is garbage
192.168.0.2 - - [10/Oct/2024:13:58:45] "GET /index.html HTTP/1.1" 200 2326
10.0.0.5 - - [10/Oct/2024:13:59:59] "DELETE /api/item/7 HTTP/1.1" 500 64
192.168.0.3 - - [10/Oct/2024:14:00:02] "GET /index.html HTTP/1.1" 304 0"""

def parse(line):
    try:
        ip, rest = line.split(" - - ", 1)
        stamp = rest[rest.index("[") + 1:rest.index("]")]
        request = rest.split('"')[1]
        method, path, proto = request.split()
        status, size = rest.rsplit('"', 1)[1].split()
        day, hh, mm, ss = stamp.split(":")
        return {"ip": ip, "method": method, "path": path, "status": int(status), "size": int(size),
                "minute": f"{hh}:{mm}", "second": int(hh) * 3600 + int(mm) * 60 + int(ss)}
    except ValueError as e:
        raise ValueError(f"unparseable line: {line!r}") from e

records, bad = [], []
for n, line in enumerate(LOG.splitlines(), 1):
    try:
        records.append(parse(line))
    except ValueError as e:
        bad.append((n, str(e)))
print(len(records), "records;", "bad:", bad)
status = {}
for r in records:
    status[r["status"]] = status.get(r["status"], 0) + 1
for code in sorted(status):
    kind = {2: "ok", 3: "redirect", 4: "client error", 5: "server error"}[code // 100]
    print(f"{code} {kind:<13} {'*' * status[code]} {status[code]}")
hits = {}
for r in records:
    hits[r["path"]] = hits.get(r["path"], 0) + 1
top = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("top paths:", top)
by_ip = {}
for r in records:
    d = by_ip.setdefault(r["ip"], {"n": 0, "bytes": 0, "errors": 0})
    d["n"] += 1
    d["bytes"] += r["size"]
    d["errors"] += r["status"] >= 400
for ip, d in sorted(by_ip.items(), key=lambda kv: tuple(int(p) for p in kv[0].split("."))):
    print(f"{ip:<14}{d['n']:>3} req {d['bytes']:>7,} B {d['errors']:>2} err")
per_minute = {}
for r in records:
    per_minute[r["minute"]] = per_minute.get(r["minute"], 0) + 1
print(per_minute)
suspicious = []
for ip in by_ip:
    times = [r["second"] for r in records if r["ip"] == ip and r["status"] == 403]
    if len(times) >= 3 and times[-1] - times[0] <= 5:
        suspicious.append(ip)
print("suspicious:", suspicious)
total = sum(r["size"] for r in records)
print(f"total {total} bytes = {total / 1024:.2f} KiB; avg {total / len(records):.1f} B/request")
methods = sorted({r["method"] for r in records})
print(methods, [m.lower() for m in methods], ",".join(sorted(by_ip)))
print(max(records, key=lambda r: r["size"])["path"], min(records, key=lambda r: (r["size"], r["path"]))["path"])
