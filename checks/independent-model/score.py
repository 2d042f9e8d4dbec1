#!/usr/bin/env python3
"""Run the Lacrima CLI on every generated session (one at a time) and score it against the truth.

  python3 score.py [SESSIONS_DIR] [RESULTS_DIR] [--no-run] [--details]
"""
import glob, json, os, subprocess, sys
from collections import Counter, defaultdict
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
JAR = os.environ.get("LACRIMA_JAR", os.path.join(HERE, "..", "..", "lacrima-app", "target", "lacrima.jar"))
SESS = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else os.path.join(HERE, "out", "sessions")
RES = sys.argv[2] if len(sys.argv) > 2 and not sys.argv[2].startswith("--") else os.path.join(HERE, "out", "results")
RUN = "--no-run" not in sys.argv
DETAILS = "--details" in sys.argv
OUTC = ["resolved", "sustained", "subsided"]
BINS = [("<1 min", 0, 60), ("1-2 min", 60, 120), ("2-4 min", 120, 240), (">4 min", 240, 1e9)]


def input_args(truth):
    """The recording and its events file: the truth names them as gen.py was given them; they lie beside it in SESS."""
    args = [os.path.join(SESS, os.path.basename(truth["input"]["path"].rstrip("/")))]
    ev = truth["input"].get("events")
    if ev and os.path.exists(os.path.join(SESS, os.path.basename(ev))):
        args += ["--events", os.path.join(SESS, os.path.basename(ev))]
    return args


def run(truth):
    sid = truth["session"]
    out = os.path.join(RES, sid + ".json")
    if RUN or not os.path.exists(out):
        cmd = ["java", "-XX:TieredStopAtLevel=1", "-jar", JAR, "analyze"] + input_args(truth) + ["--json", out]
        p = subprocess.run(cmd, capture_output=True, text=True)
        with open(os.path.join(RES, sid + ".log"), "w") as f:
            f.write(" ".join(cmd) + "\n" + p.stdout + p.stderr + f"\nexit {p.returncode}\n")
        if p.returncode != 0:
            print("FAILED", sid, p.stderr.strip()[:300])
            return None
    return json.load(open(out))


def match(true_eps, dets):
    pairs = []
    for i, e in enumerate(true_eps):
        for j, d in enumerate(dets):
            if e["onset"] - 60 <= d["peakSec"] <= e["end"] + 60:
                pairs.append((abs(d["peakSec"] - e["peak"]), i, j))
    pairs.sort()
    ti, dj, m = set(), set(), []
    for _, i, j in pairs:
        if i not in ti and j not in dj:
            ti.add(i); dj.add(j); m.append((i, j))
    return m


def nearest_conf(t, confs, eps=()):
    best, bd = None, 1e9
    for c in confs:
        d = 0 if c["start"] <= t <= c["end"] else min(abs(t - c["start"]), abs(t - c["end"]))
        if d < bd:
            bd, best = d, c
    for e in eps:   # a true episode nearby (outside the matching window, or already matched)
        d = 0 if e["onset"] <= t <= e["end"] else min(abs(t - e["onset"]), abs(t - e["end"]))
        if d < bd:
            bd, best = d, dict(type="episode-" + e["outcome"] + ("(dup)" if d == 0 else "(near)"), start=e["onset"], end=e["end"])
    if best is None or bd > 60:
        return "none", None
    return best["type"], best


POINT = ("startle", "laugh", "posture", "sigh")


def classify_false(d, confs, eps=()):
    """What a false episode sits on: walk overlapping it; a point event near its peak; the end of a
    talking bout near its peak (talk -> silence: HR falls, RSA returns); the start of one before its
    peak; inside talk; a true episode nearby; else nothing (spontaneous drift)."""
    on, pk, en = d["onsetSec"], d["peakSec"], d["endSec"]
    for c in confs:
        if c["type"] == "walk" and c["start"] <= pk + 30 and c["end"] >= on - 30:
            return "walk/stand-up", c
    best = None
    for c in confs:
        if c["type"] in POINT and abs(c["start"] - pk) <= 30:
            if best is None or abs(c["start"] - pk) < abs(best["start"] - pk):
                best = c
    talks = [c for c in confs if c["type"] == "talking"]
    for c in talks:
        if pk - 45 <= c["end"] <= pk + 30:
            return "talk->silence", c
    if best is not None:
        return best["type"], best
    for c in talks:
        if on - 30 <= c["start"] <= pk:
            return "talk onset", c
    for c in talks:
        if c["start"] <= pk <= c["end"]:
            return "inside talk", c
    for e in eps:
        if e["onset"] - 300 <= pk <= e["end"] + 300:
            return "near true episode", dict(type="episode", start=e["onset"], end=e["end"])
    return "none (drift)", None


_idx_cache = {}


def indices(tr):
    import csv
    sid = tr["session"]
    if sid in _idx_cache:
        return _idx_cache[sid]
    path = os.path.join(RES, sid + ".indices.csv")
    if not os.path.exists(path):
        cmd = ["java", "-XX:TieredStopAtLevel=1", "-jar", JAR, "analyze"] + input_args(tr) + [
               "--json", os.path.join(RES, ".tmp.json"), "--indices", path]
        subprocess.run(cmd, capture_output=True)
    rows = list(csv.DictReader(open(path)))
    t = np.array([float(r["timeSec"]) for r in rows])
    S = np.array([float(r["S_z"]) if r["S_z"] else np.nan for r in rows])
    P = np.array([float(r["P_z"]) if r["P_z"] else np.nan for r in rows])
    _idx_cache[sid] = (t, S, P)
    return _idx_cache[sid]


def axis_summary(tr, e):
    t, S, P = indices(tr)
    def mx(x, a, b):
        m = (t >= a) & (t <= b)
        return float(np.nanmax(x[m])) if m.any() and np.isfinite(x[m]).any() else float("nan")
    def md(x, a, b):
        m = (t >= a) & (t <= b)
        return float(np.nanmedian(x[m])) if m.any() and np.isfinite(x[m]).any() else float("nan")
    return dict(S_pre=md(S, e["onset"] - 60, e["onset"]), S_max=mx(S, e["onset"], e["peak"] + 30),
                P_pre=md(P, e["onset"] - 60, e["onset"]), P_max_after=mx(P, e["peak"], e["peak"] + 240),
                S_after90=md(S, e["peak"] + 60, e["peak"] + 120))


def main():
    os.makedirs(RES, exist_ok=True)
    truths = [json.load(open(f)) for f in sorted(glob.glob(os.path.join(SESS, "*.truth.json")))]
    stats = defaultdict(lambda: dict(tp=0, fp=0, fn=0, conf=Counter(), perr=[], oerr=[], binhit=Counter(),
                                     bintot=Counter(), fp_free=0, hours_free=0.0, fp_free_cls=Counter(),
                                     fp_ep_cls=Counter(), by_out=Counter(), by_out_tot=Counter(),
                                     by_reb=Counter(), by_reb_tot=Counter(), intr=Counter(),
                                     misses=[], falses=[], wrong=[]))
    for tr in truths:
        mod = {"chest": "chest", "wrist": "wrist", "rr": "RR-only"}[tr["modality"]]
        res = run(tr)
        if res is None:
            continue
        st = stats[mod]
        dets = res["episodes"]
        confs = [c for c in tr["confounders"]]
        if tr["kind"] == "free":
            st["hours_free"] += tr["duration_s"] / 3600
            st["fp_free"] += len(dets)
            for d in dets:
                cls, c = classify_false(d, confs)
                st["fp_free_cls"][cls] += 1
                st["falses"].append((tr["session"], d, cls, c, res.get("warnings", [])))
            continue
        te = tr["episodes"]
        m = match(te, dets)
        mi = {i for i, _ in m}; mj = {j for _, j in m}
        st["tp"] += len(m); st["fn"] += len(te) - len(m); st["fp"] += len(dets) - len(m)
        for i, e in enumerate(te):
            b = next(n for n, lo, hi in BINS if lo <= e["buildup_s"] < hi)
            st["bintot"][b] += 1; st["by_out_tot"][e["outcome"]] += 1
            rk = e["params"].get("rebound_kind")
            if rk:
                st["by_reb_tot"][rk] += 1
            if i in mi:
                st["binhit"][b] += 1; st["by_out"][e["outcome"]] += 1
                if rk:
                    st["by_reb"][rk] += 1
            else:
                st["misses"].append((tr["session"], e, dets, res.get("warnings", []), axis_summary(tr, e) if DETAILS else {}))
        for i, j in m:
            e, d = te[i], dets[j]
            st["conf"][(e["outcome"], d["outcome"])] += 1
            st["perr"].append(d["peakSec"] - e["peak"]); st["oerr"].append(d["onsetSec"] - e["onset"])
            if e["outcome"] == "subsided":
                st["intr"][(e["interrupted"], d.get("interrupted"))] += 1
            if e["outcome"] != d["outcome"]:
                st["wrong"].append((tr["session"], e, d))
        for j, d in enumerate(dets):
            if j not in mj:
                cls, c = classify_false(d, confs, te)
                st["fp_ep_cls"][cls] += 1
                st["falses"].append((tr["session"], d, cls, c, res.get("warnings", [])))

    summary = {}
    for mod in ["chest", "wrist", "RR-only"]:
        if mod not in stats:
            continue
        st = stats[mod]
        P = st["tp"] / max(1, st["tp"] + st["fp"]); R = st["tp"] / max(1, st["tp"] + st["fn"])
        F = 2 * P * R / max(1e-9, P + R)
        ok = sum(v for (a, b), v in st["conf"].items() if a == b); nm = sum(st["conf"].values())
        print(f"\n=== {mod} ===")
        print(f"episodes: true {st['tp'] + st['fn']}, detected {st['tp'] + st['fp']}, matched {st['tp']}")
        print(f"precision {P:.2f}  recall {R:.2f}  F1 {F:.2f}")
        print(f"outcome accuracy on matched {ok}/{nm} = {ok / max(1, nm):.2f}")
        print("confusion (rows true, cols detected): " + "  ".join(OUTC))
        for a in OUTC:
            print(f"  {a:9s} " + "  ".join(f"{st['conf'][(a, b)]:8d}" for b in OUTC))
        if st["intr"]:
            print("subsided interrupted (true,detected):", dict(st["intr"]))
        pe = np.array(st["perr"]); oe = np.array(st["oerr"])
        if len(pe):
            print(f"peak error det-true: median {np.median(pe):+.0f} s, median |err| {np.median(np.abs(pe)):.0f} s;"
                  f" onset error: median {np.median(oe):+.0f} s, median |err| {np.median(np.abs(oe)):.0f} s")
        print("recall by build-up: " + ", ".join(f"{b} {st['binhit'][b]}/{st['bintot'][b]}" for b, _, _ in BINS))
        print("recall by outcome: " + ", ".join(f"{o} {st['by_out'][o]}/{st['by_out_tot'][o]}" for o in OUTC))
        print("recall resolved by rebound kind: " + ", ".join(f"{k} {st['by_reb'][k]}/{st['by_reb_tot'][k]}" for k in ("immediate", "delayed", "weak")))
        print(f"unmatched detections in episode sessions: {st['fp']} -> sits on: {dict(st['fp_ep_cls'])}")
        fph = st["fp_free"] / max(1e-9, st["hours_free"])
        print(f"episode-free: {st['fp_free']} false episodes in {st['hours_free']:.1f} h = {fph:.2f}/h -> sits on: {dict(st['fp_free_cls'])}")
        summary[mod] = dict(P=P, R=R, F1=F, outcome_acc=ok / max(1, nm), n_true=st["tp"] + st["fn"], tp=st["tp"],
                            fp=st["fp"], fp_free=st["fp_free"], hours_free=st["hours_free"], fp_per_h=fph,
                            conf={f"{a}->{b}": v for (a, b), v in st["conf"].items()},
                            peak_err_med=float(np.median(pe)) if len(pe) else None,
                            peak_abs_med=float(np.median(np.abs(pe))) if len(pe) else None,
                            onset_err_med=float(np.median(oe)) if len(oe) else None,
                            onset_abs_med=float(np.median(np.abs(oe))) if len(oe) else None,
                            bins={b: [st["binhit"][b], st["bintot"][b]] for b, _, _ in BINS},
                            fp_free_cls=dict(st["fp_free_cls"]), fp_ep_cls=dict(st["fp_ep_cls"]))
        if DETAILS:
            print("-- missed:")
            for sid, e, dets, w, ax in st["misses"]:
                near = [(round(d["onsetSec"]), round(d["peakSec"]), round(d["endSec"]), d["outcome"]) for d in dets
                        if e["onset"] - 600 <= d["peakSec"] <= e["end"] + 600]
                p = e["params"]
                print(f"  {sid} true {e['outcome']} on {e['onset']:.0f} pk {e['peak']:.0f} end {e['end']:.0f} build {e['buildup_s']:.0f}s "
                      f"A {p['amplitude']} reb {p.get('rebound_kind', '-')} | axes " + " ".join(f"{k} {v:.1f}" for k, v in ax.items()) + f" | dets within 10 min: {near}")
            print("-- wrong outcome:")
            for sid, e, d in st["wrong"]:
                print(f"  {sid} true {e['outcome']} pk {e['peak']:.0f} build {e['buildup_s']:.0f} reb {e['params'].get('rebound_kind', '-')}"
                      f" -> det {d['outcome']} pk {d['peakSec']:.0f}: {d.get('explanation', '')[:160]}")
            print("-- false:")
            for sid, d, cls, c, w in st["falses"]:
                cc = f"{cls}: {c['type']} {c['start']:.0f}-{c['end']:.0f}" if c else cls
                print(f"  {sid} det {d['outcome']} on {d['onsetSec']:.0f} pk {d['peakSec']:.0f} end {d['endSec']:.0f} conf {d.get('confidence', 0):.2f}"
                      f" near {cc} | {d.get('explanation', '')[:140]}")
    json.dump(summary, open(os.path.join(RES, "summary.json"), "w"), indent=1)


if __name__ == "__main__":
    main()
