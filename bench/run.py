#!/usr/bin/env python3
"""Benchmark: our generator against Hugo on generated Helpdesk corpora.

Usage (from the repository root, after ./mvnw -B install):
    python3 bench/run.py [--sizes 500,2000,5000] [--runs 3] [--disk] [--out bench/RESULTS.md]

For each size N it generates a corpus with ../shared/bench/gen-corpus.py (N Q&As per language), then
builds it alternately with our generator (./mvnw -B -o site:generate, a new JVM each run) and with
Hugo (../shared/bench/run-hugo.sh), `--runs` times each, with corpus and output on tmpfs (/dev/shm),
or on disk with --disk (written to bench/RESULTS-disk.md). It prints and writes a Markdown table:
pages written, wall time (median, min, max), peak RSS, our/Hugo ratio of medians, our in-process
stage times, and the in-process rebuild after a one-file edit (site:rebuild-timing, as site:serve
does it).
Needs: hugo (apt-get install hugo), GNU time (/usr/bin/time), python3.
"""
import argparse
import datetime
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"


def run(command, env=None, cwd=ROOT):
    """Runs a command under GNU time; returns (wall seconds, peak RSS MiB, output)."""
    start = time.monotonic()
    done = subprocess.run(["/usr/bin/time", "-v", *command], cwd=cwd, env=env, capture_output=True, text=True)
    wall = time.monotonic() - start
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    return wall, int(rss.group(1)) / 1024 if rss else float("nan"), done.stdout + done.stderr


def ours(corpus, output, env=None):
    if output.exists():
        shutil.rmtree(output)
    wall, rss, text = run(["./mvnw", "-B", "-o", "site:generate", f"-Dsite.root={corpus}", f"-Dsite.output={output}"], env=env)
    pages = sum(int(n) for n in re.findall(r"site \S+\s+\S+\s+(\d+) pages", text))
    html = sum(1 for _ in output.rglob("*.html"))
    stages = re.search(r"Stages: (.*)", text)
    return {"wall": wall, "rss": rss, "pages": pages, "html": html, "stages": stages.group(1).strip() if stages else ""}


def hugo(corpus, tmp):
    env = dict(os.environ, TMPDIR=str(tmp))
    wall, rss, text = run(["bash", str(SHARED / "run-hugo.sh"), str(corpus)], env=env)
    html = re.search(r"html_pages=(\d+)", text)
    return {"wall": wall, "rss": rss, "html": int(html.group(1)) if html else 0}


def rebuild(corpus):
    page = sorted((corpus / "content/en/qa").glob("*.md"))[0]
    out = f"main/en/qa/{page.stem}/index.html"
    _, _, text = run(["./mvnw", "-B", "-o", "site:rebuild-timing", f"-Dsite.root={corpus}",
                      f"-Dsite.page=content/en/qa/{page.name}", f"-Dsite.pageOutput={out}"])
    found = re.search(r"first_build_ms=(\d+) rebuild_ms=(\d+) page_ms=(\d+)(?: rebuilds_ms=([\d,]+))?", text)
    if not found:
        return {}
    timing = {k: int(v) for k, v in zip(("first", "rebuild", "page"), found.groups()[:3])}
    timing["all"] = found.group(4) or ""
    return timing


def identical_with_one_worker(corpus, base, all_workers_output):
    """Builds again with one worker thread and compares every file with the build that used all cores."""
    one = base / "out-one-worker"
    # parallelism 0: the calling thread alone; 1 still starts a pool worker beside it (the default on two cores)
    env = dict(os.environ, MAVEN_OPTS="-Djava.util.concurrent.ForkJoinPool.common.parallelism=0")
    ours(corpus, one, env=env)
    files_all = sorted(p.relative_to(all_workers_output) for p in all_workers_output.rglob("*") if p.is_file())
    files_one = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file())
    if files_all != files_one:
        return f"no: the file lists differ ({len(files_one)} files with one worker, {len(files_all)} with all)"
    different = [f for f in files_all if (one / f).read_bytes() != (all_workers_output / f).read_bytes()]
    return f"yes, {len(files_all)} files" if not different else f"no: {len(different)} files differ, such as {different[0]}"


def summary(values):
    return f"{statistics.median(values):.1f} ({min(values):.1f}-{max(values):.1f})"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="500,2000,5000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--disk", action="store_true", help="corpus and output under target/bench instead of /dev/shm")
    parser.add_argument("--out", help="default bench/RESULTS.md, or bench/RESULTS-disk.md with --disk")
    args = parser.parse_args()
    if args.out is None:
        args.out = str(ROOT / "bench" / ("RESULTS-disk.md" if args.disk else "RESULTS.md"))
    if not shutil.which("hugo"):
        sys.exit("hugo is not installed: apt-get install -y hugo")
    base = (ROOT / "target" / "bench") if args.disk else Path("/dev/shm/helpdesk-bench")
    base.mkdir(parents=True, exist_ok=True)
    rows = []
    identity = []
    for size in [int(s) for s in args.sizes.split(",")]:
        corpus = base / f"corpus-{size}"
        if not corpus.exists():
            subprocess.run([sys.executable, str(SHARED / "gen-corpus.py"), str(corpus), "--qa", str(size)], check=True,
                           capture_output=True)
        ours_runs, hugo_runs = [], []
        for i in range(args.runs):
            ours_runs.append(ours(corpus, base / f"out-{size}"))
            hugo_runs.append(hugo(corpus, base))
            print(f"N={size} run {i + 1}: ours {ours_runs[-1]['wall']:.1f} s, hugo {hugo_runs[-1]['wall']:.1f} s", flush=True)
        timing = rebuild(corpus)
        if not identity:
            identity.append((size, identical_with_one_worker(corpus, base, base / f"out-{size}")))
        ratio = statistics.median(r["wall"] for r in ours_runs) / statistics.median(r["wall"] for r in hugo_runs)
        per_page = statistics.median(r["wall"] for r in ours_runs) / max(ours_runs[0]["html"], 1) * 1000
        rows.append((size, ours_runs, hugo_runs, ratio, per_page, timing))
    lines = [
        "# Benchmark results", "",
        f"- date: {datetime.date.today()}; machine: {os.cpu_count()} cores, "
        f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB, {platform.platform()}",
        f"- storage: {'disk (target/bench)' if args.disk else 'tmpfs (/dev/shm)'}; runs per size: {args.runs}, alternating",
        f"- command: `python3 bench/run.py --sizes {args.sizes} --runs {args.runs}{' --disk' if args.disk else ''}`",
        "- ours: `./mvnw -B -o site:generate -Dsite.root=CORPUS -Dsite.output=OUT` (a new JVM each run, all checks on); "
        "hugo: `../shared/bench/run-hugo.sh CORPUS` (TMPDIR on the same storage)", "",
        "| N | HTML pages (ours / hugo) | ours wall s, median (min-max) | hugo wall s | ratio | ours peak RSS MiB | hugo peak RSS MiB | ours ms per page | ours stages (last run) | rebuild after a one-file edit |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for size, o, h, ratio, per_page, timing in rows:
        lines.append(f"| {size} | {o[0]['html']} / {h[0]['html']} | {summary([r['wall'] for r in o])} | "
                     f"{summary([r['wall'] for r in h])} | {ratio:.2f} | {max(r['rss'] for r in o):.0f} | "
                     f"{max(r['rss'] for r in h):.0f} | {per_page:.2f} | {o[-1]['stages']} | "
                     f"{timing.get('rebuild', '?')} ms, median of 5 edits ({timing.get('all', '')}; +{timing.get('page', '?')} ms to render the page) |")
    by_size = {size: (ratio, per_page, o, h, timing) for size, o, h, ratio, per_page, timing in rows}
    lines += ["", "## Against the targets", ""]
    for size in (2000, 5000):
        if size in by_size:
            ratio = by_size[size][0]
            lines.append(f"- full build at N = {size}: {ratio:.2f} × Hugo (target ≤ 1.5): {'met' if ratio <= 1.5 else 'not met'}")
    if 5000 in by_size:
        o, h = by_size[5000][2], by_size[5000][3]
        rss_o, rss_h = max(r["rss"] for r in o), max(r["rss"] for r in h)
        lines.append(f"- peak memory at N = 5000: {rss_o:.0f} MiB against Hugo's {rss_h:.0f} MiB (target ≤ Hugo's): "
                     f"{'met' if rss_o <= rss_h else 'not met'}")
        if 500 in by_size:
            growth = by_size[5000][1] / by_size[500][1]
            lines.append(f"- time per page at N = 5000 is {growth:.2f} × that at N = 500 (target ≤ 1.3): "
                         f"{'met' if growth <= 1.3 else 'not met'}")
        rebuild_ms = by_size[5000][4].get("rebuild")
        if rebuild_ms is not None:
            lines.append(f"- one-file rebuild at N = 5000: {rebuild_ms} ms, median of five successive edits (target < 1000 ms): "
                         f"{'met' if rebuild_ms < 1000 else 'not met'}")
    for size, verdict in identity:
        lines.append(f"- output with one worker thread identical to the output with all of them (N = {size}): {verdict}")
    notes = ROOT / "bench" / "NOTES.md"
    if args.disk:
        # the comparison that counts is on tmpfs; its results carry the notes
        lines += ["", "Disk speed on these machines varies by about 30%: compare with the tmpfs run in "
                  "`bench/RESULTS.md`, which also holds the notes on what each change bought."]
    elif notes.exists():
        lines += ["", notes.read_text(encoding="utf-8").rstrip()]
    text = "\n".join(lines) + "\n"
    print(text)
    Path(args.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
