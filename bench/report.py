#!/usr/bin/env python3
"""Rewrites the generated tables of BENCHMARKS.md from the results of bench/run.sh.

usage: report.py RESULTS_DIR CRITERION_DIR NATIVE_CRITERION_DIR BENCHMARKS.md

Each table sits between `<!-- BEGIN name -->` and `<!-- END name -->`; everything else in
the file is left as it is. A table whose results are missing says so.
"""
import json
import os
import re
import sys

APPROACHES = ["coro", "hand", "diapause", "genawaiter", "corosensei"]
WORKLOADS = [("counter", 1025), ("nested", 2017), ("running_total", 1025), ("large_state", 1025),
             ("yield_resume", 1025), ("two_way", 1025)]
# The workloads of the nightly crate bench/native.
NATIVE_WORKLOADS = ["counter", "nested", "running_total", "large_state"]
# The settings with the coroutine in memory; `dyn` only for the approaches with a trait.
SETTINGS = [("memory", APPROACHES), ("dyn", ["coro", "hand", "diapause"])]
CHUNKS = ["1", "16", "4096"]
RUNTIMES = ["coro", "tokio", "local_pool", "async_executor"]


def read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return None


def criterion(directory):
    """{full_id: median ns} from a criterion output directory."""
    out = {}
    if not directory or not os.path.isdir(directory):
        return out
    for dirpath, _, files in os.walk(directory):
        if os.path.basename(dirpath) != "new" or "estimates.json" not in files:
            continue
        bench = json.loads(read(os.path.join(dirpath, "benchmark.json")))
        est = json.loads(read(os.path.join(dirpath, "estimates.json")))
        out[bench["full_id"]] = est["median"]["point_estimate"]
    return out


def fmt_ns(ns):
    if ns is None:
        return "–"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.0f} ns"


def ratio(a, b):
    if a is None or b is None or b == 0:
        return "–"
    return f"{a / b:.2f}×"


def cell(value, base, bold=False):
    r = ratio(value, base)
    return f"**{r}**" if bold and r != "–" else r


def coroutine_time_table(crit):
    head = "| workload (resumes) | " + " | ".join(APPROACHES) + " | " + " | ".join(
        f"{a} / hand" for a in APPROACHES if a != "hand") + " |"
    rows = [head, "| --- |" + " ---: |" * (2 * len(APPROACHES) - 1)]
    for w, resumes in WORKLOADS:
        t = {a: crit.get(f"{w}/{a}") for a in APPROACHES}
        rows.append(f"| `{w}` ({resumes}) | " + " | ".join(fmt_ns(t[a]) for a in APPROACHES) + " | "
                    + " | ".join(cell(t[a], t["hand"], a == "coro") for a in APPROACHES if a != "hand") + " |")
    return "\n".join(rows)


def callgrind(results):
    counts = {}
    for line in (read(os.path.join(results, "callgrind.tsv")) or "").splitlines():
        w, a, n = line.split()
        counts[(w, a)] = int(n)
    return counts


def coroutine_instr_table(counts):
    if not counts:
        return "_No instruction counts: valgrind was not found._"
    head = "| workload (resumes) | " + " | ".join(APPROACHES) + " | " + " | ".join(
        f"{a} / hand" for a in APPROACHES if a != "hand") + " |"
    rows = [head, "| --- |" + " ---: |" * (2 * len(APPROACHES) - 1)]
    for w, resumes in WORKLOADS:
        c = {a: counts.get((w, a)) for a in APPROACHES}
        per = lambda a: "–" if c[a] is None else f"{c[a] / 1000 / resumes:.1f}"
        rows.append(f"| `{w}` ({resumes}) | " + " | ".join(per(a) for a in APPROACHES) + " | "
                    + " | ".join(cell(c[a], c["hand"], a == "coro") for a in APPROACHES if a != "hand") + " |")
    for chunk in CHUNKS:
        w = f"parser-{chunk}"
        c = {a: counts.get((w, a)) for a in APPROACHES}
        per = lambda a: "–" if c[a] is None else f"{c[a] / 10 / 65468:.1f}"
        rows.append(f"| `parser` chunk {chunk} (per byte) | " + " | ".join(per(a) for a in APPROACHES) + " | "
                    + " | ".join(cell(c[a], c["hand"], a == "coro") for a in APPROACHES if a != "hand") + " |")
    return "\n".join(rows)


def callgrind_memory(results):
    """{(setting, workload, approach): instructions} of the in-memory settings."""
    counts = {}
    for line in (read(os.path.join(results, "callgrind-memory.tsv")) or "").splitlines():
        s, w, a, n = line.split()
        counts[(s, w, a)] = int(n)
    return counts


def memory_instr_table(counts):
    if not counts:
        return "_Not run yet: no `callgrind-memory.tsv` (the callgrind step of `bench/run.sh`)._"
    head = "| setting | workload (resumes) | " + " | ".join(APPROACHES) + " | " + " | ".join(
        f"{a} / hand" for a in APPROACHES if a != "hand") + " |"
    rows = [head, "| --- | --- |" + " ---: |" * (2 * len(APPROACHES) - 1)]
    for s, _ in SETTINGS:
        for w, resumes in WORKLOADS:
            c = {a: counts.get((s, w, a)) for a in APPROACHES}
            per = lambda a: "–" if c[a] is None else f"{c[a] / 1000 / resumes:.1f}"
            rows.append(f"| {s} | `{w}` ({resumes}) | " + " | ".join(per(a) for a in APPROACHES) + " | "
                        + " | ".join(cell(c[a], c["hand"], a == "coro") for a in APPROACHES if a != "hand") + " |")
        for chunk in CHUNKS:
            c = {a: counts.get((s, f"parser-{chunk}", a)) for a in APPROACHES}
            per = lambda a: "–" if c[a] is None else f"{c[a] / 10 / 65468:.1f}"
            rows.append(f"| {s} | `parser` chunk {chunk} (per byte) | " + " | ".join(per(a) for a in APPROACHES) + " | "
                        + " | ".join(cell(c[a], c["hand"], a == "coro") for a in APPROACHES if a != "hand") + " |")
    return "\n".join(rows)


def memory_time_table(crit):
    """Criterion medians of the `memory/` and `dyn/` groups."""
    if not any(k.startswith(("memory/", "dyn/")) for k in crit):
        return "_Not measured._"
    head = "| setting | workload (resumes) | " + " | ".join(APPROACHES) + " | " + " | ".join(
        f"{a} / hand" for a in APPROACHES if a != "hand") + " |"
    rows = [head, "| --- | --- |" + " ---: |" * (2 * len(APPROACHES) - 1)]
    for s, approaches in SETTINGS:
        for w, resumes in WORKLOADS:
            t = {a: crit.get(f"{s}/{w}/{a}") if a in approaches else None for a in APPROACHES}
            rows.append(f"| {s} | `{w}` ({resumes}) | " + " | ".join(fmt_ns(t[a]) for a in APPROACHES) + " | "
                        + " | ".join(cell(t[a], t["hand"], a == "coro") for a in APPROACHES if a != "hand") + " |")
    return "\n".join(rows)


def parser_table(crit, settings=(("", APPROACHES),)):
    """Parser throughput; with `settings`, one row per setting and chunk (`memory/parser/..`)."""
    label = settings != (("", APPROACHES),)
    head = ("| setting | chunk | " if label else "| chunk | ") + " | ".join(APPROACHES) + " | " + " | ".join(
        f"{a} / hand" for a in APPROACHES if a != "hand") + " |"
    rows = [head, ("| --- | ---: |" if label else "| ---: |") + " ---: |" * (2 * len(APPROACHES) - 1)]
    mibs = lambda ns: "–" if ns is None else f"{65468 / (ns / 1e9) / 2**20:.0f} MiB/s"
    for s, approaches in settings:
        prefix = f"{s}/" if s else ""
        for chunk in CHUNKS:
            t = {a: crit.get(f"{prefix}parser/{chunk}/{a}") if a in approaches else None for a in APPROACHES}
            # Throughput: the ratio of times is hand's throughput over the approach's.
            rows.append(("| " + s + " " if label else "") + f"| {chunk} B | " + " | ".join(mibs(t[a]) for a in APPROACHES) + " | "
                        + " | ".join(cell(t[a], t["hand"], a == "coro") for a in APPROACHES if a != "hand") + " |")
    return "\n".join(rows)


def native_table(crit, results):
    if not crit:
        note = read(os.path.join(results, "native.txt")) or "not run"
        return f"_Not measured: {note.strip()}_"
    rows = ["| workload | native | coro | hand | native / hand | coro / hand | native / coro |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    ids = [(w, w) for w in NATIVE_WORKLOADS] + [(f"parser/{c}", f"`parser` chunk {c}") for c in CHUNKS]
    for key, name in ids:
        t = {a: crit.get(f"{key}/{a}") for a in ["native", "coro", "hand"]}
        if not name.startswith("`"):
            name = f"`{name}`"
        rows.append(f"| {name} | " + " | ".join(fmt_ns(t[a]) for a in ["native", "coro", "hand"])
                    + f" | {ratio(t['native'], t['hand'])} | **{ratio(t['coro'], t['hand'])}** | {ratio(t['native'], t['coro'])} |")
    return "\n".join(rows)


def compile_table(results):
    text = read(os.path.join(results, "compile.tsv"))
    if not text:
        return "_Not measured._"
    times, exp = {}, {}
    for line in text.splitlines():
        parts = line.split()
        if parts[0] == "time":
            times[(parts[1], int(parts[2]), parts[3])] = int(parts[4]) / 1000
        elif parts[0] == "expansion":
            exp[(parts[1], int(parts[2]))] = (int(parts[3]), int(parts[4]))
    rows = ["| approach | dev, 100 | dev, 500 | release, 100 | release, 500 | expansion per coroutine (lines / words) |",
            "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for a in ["coro", "diapause", "hand"]:
        cells = [f"{times[(a, n, p)]:.2f} s" if (a, n, p) in times else "–"
                 for p in ["dev", "release"] for n in [100, 500]]
        if (a, 100) in exp and (a, 500) in exp:
            lines = (exp[(a, 500)][0] - exp[(a, 100)][0]) / 400
            words = (exp[(a, 500)][1] - exp[(a, 100)][1]) / 400
            e = f"{lines:.0f} / {words:.0f}"
        else:
            e = "–"
        rows.append(f"| {a} | " + " | ".join(cells) + f" | {e} |")
    ratios = []
    for p in ["dev", "release"]:
        for n in [100, 500]:
            c, d = times.get(("coro", n, p)), times.get(("diapause", n, p))
            if c and d:
                ratios.append(f"{p} {n}: {c / d:.2f}×")
    rows.append("")
    rows.append("coro / diapause rebuild time: " + ", ".join(ratios) + ".")
    return "\n".join(rows)


def runtime_table(results):
    text = read(os.path.join(results, "runtime.tsv"))
    if not text:
        return "_Not measured._"
    r = {}
    for line in text.splitlines():
        fields = line.split()
        w, rt = fields[0], fields[1]
        kv = dict(f.split("=", 1) for f in fields[2:])
        r[(w, rt)] = kv
    units = {"spawn": ("ns per task", "per_unit"), "ping_pong_0": ("ns per hop", "per_unit"),
             "ping_pong_1": ("ns per hop", "per_unit"), "skynet": ("ms", "ns"),
             "thread_ring": ("ns per hop", "per_unit"), "parked": ("bytes per parked task", "bytes_per_task"),
             "parked_shared": ("bytes per parked task, one shared channel", "bytes_per_task")}
    # The same measures in every round: (workload, round) -> runtime -> fields.
    rounds = {}
    for line in (read(os.path.join(results, "runtime-rounds.tsv")) or "").splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        kv = dict(f.split("=", 1) for f in fields[3:])
        rounds.setdefault((fields[1], fields[0]), {})[fields[2]] = kv
    rows = ["| workload | measure | " + " | ".join(RUNTIMES)
            + " | coro / tokio | coro / local_pool | coro / tokio, each round | coro / local_pool, each round |",
            "| --- | --- |" + " ---: |" * (len(RUNTIMES) + 4)]

    def spread(w, key, peer):
        """The range of coro's ratio to `peer` within each round (processes back to back)."""
        found = []
        for (rw, _), by_rt in rounds.items():
            c, p = by_rt.get("coro", {}).get(key), by_rt.get(peer, {}).get(key)
            if rw == w and c is not None and p is not None and float(p) > 0:
                found.append(float(c) / float(p))
        if not found:
            return "–"
        lo, hi = min(found), max(found)
        return f"{lo:.2f}×" if f"{lo:.2f}" == f"{hi:.2f}" else f"{lo:.2f}–{hi:.2f}×"

    def val(w, rt, key):
        kv = r.get((w, rt))
        if not kv or key not in kv:
            return None
        v = float(kv[key])
        return v / 1e6 if key == "ns" else v

    for w, (label, key) in units.items():
        v = {rt: val(w, rt, key) for rt in RUNTIMES}
        show = lambda x: "–" if x is None else (f"{x:.0f}" if x >= 10 else f"{x:.1f}")
        rows.append(f"| `{w}` | {label} | " + " | ".join(show(v[rt]) for rt in RUNTIMES)
                    + f" | {ratio(v['coro'], v['tokio'])} | {ratio(v['coro'], v['local_pool'])}"
                    + f" | {spread(w, key, 'tokio')} | {spread(w, key, 'local_pool')} |")
        if w in ("spawn", "skynet"):
            m = {rt: val(w, rt, "vmhwm_kib") for rt in RUNTIMES}
            m = {k: (None if x is None else x / 1024) for k, x in m.items()}
            rows.append(f"| `{w}` | peak RSS, MiB | " + " | ".join(show(m[rt]) for rt in RUNTIMES)
                        + f" | {ratio(m['coro'], m['tokio'])} | {ratio(m['coro'], m['local_pool'])}"
                        + f" | {spread(w, 'vmhwm_kib', 'tokio')} | {spread(w, 'vmhwm_kib', 'local_pool')} |")
    state = (r.get(("parked", "coro")) or {}).get("state")
    if state:
        rows.append("")
        rows.append(f"A parked task's coroutine (its state) is {state} bytes (`size_of_val`).")
    return "\n".join(rows)


def setup_table(results):
    env = read(os.path.join(results, "env.txt")) or ""
    rows = ["| | |", "| --- | --- |"]
    for line in env.splitlines():
        if ": " in line:
            k, v = line.split(": ", 1)
            rows.append(f"| {k} | {v} |")
    steps = read(os.path.join(results, "steps.txt"))
    if steps:
        done = ", ".join(" ".join(line.split()[1:]) + f" ({line.split()[0]})"
                         for line in steps.splitlines() if line.strip())
        rows.append(f"| steps last run (UTC) | {done} |")
    return "\n".join(rows)


def replace(doc, name, table):
    pattern = re.compile(rf"(<!-- BEGIN {name} -->\n).*?(<!-- END {name} -->)", re.S)
    if not pattern.search(doc):
        sys.exit(f"BENCHMARKS.md has no {name} section")
    return pattern.sub(lambda m: m.group(1) + table + "\n" + m.group(2), doc)


def main():
    results, crit_dir, native_dir, path = sys.argv[1:5]
    crit = criterion(crit_dir)
    native = criterion(native_dir)
    counts = callgrind(results)
    doc = read(path)
    doc = replace(doc, "setup", setup_table(results))
    doc = replace(doc, "instructions", coroutine_instr_table(counts))
    doc = replace(doc, "instructions-memory", memory_instr_table(callgrind_memory(results)))
    doc = replace(doc, "time", coroutine_time_table(crit) if crit else "_Not measured._")
    doc = replace(doc, "parser", parser_table(crit) if crit else "_Not measured._")
    doc = replace(doc, "time-memory", memory_time_table(crit))
    has_memory_parser = any(k.startswith(("memory/parser/", "dyn/parser/")) for k in crit)
    doc = replace(doc, "parser-memory",
                  parser_table(crit, tuple(SETTINGS)) if has_memory_parser else "_Not measured._")
    doc = replace(doc, "native", native_table(native, results))
    doc = replace(doc, "compile", compile_table(results))
    doc = replace(doc, "runtime", runtime_table(results))
    with open(path, "w") as f:
        f.write(doc)


if __name__ == "__main__":
    main()
