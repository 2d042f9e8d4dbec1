#!/usr/bin/env python3
"""Score Lacrima's episodes (out/results/NAME.json) against the generator's truth (out/DEV/NAME.truth.json).

Matching: a detection matches a true episode when its peakSec lies in [onset - 60 s, end + 60 s];
one-to-one, pairs taken in order of |detected peak - true peak| (nearest first).

usage: python3 score.py [--out out] [--details]
"""
import argparse
import csv
import glob
import json
import math
import os
from collections import Counter, defaultdict

import numpy as np

TOL = 60.0
OUTCOMES = ["resolved", "sustained", "subsided"]
BINS = [(0, 30, "<30 s"), (30, 60, "30–60 s"), (60, 120, "60–120 s"), (120, 300, "120–300 s"), (300, 1e9, ">300 s")]
SALIENT = {"walk", "heated_talk", "slow_breathing", "laugh", "startle", "posture", "sigh"}


def wilson(k, n, z=1.96):
    if n == 0:
        return (float("nan"), float("nan"))
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (max(0.0, c - h), min(1.0, c + h))


def fmt_rate(k, n):
    if n == 0:
        return "–"
    lo, hi = wilson(k, n)
    return f"{k}/{n} = {100 * k / n:.0f} % [{100 * lo:.0f}–{100 * hi:.0f}]"


def load_indices(path):
    if not os.path.exists(path):
        return None
    with open(path) as f:
        r = csv.reader(f)
        head = next(r)
        rows = [[float(x) if x not in ("", "NaN") else np.nan for x in row] for row in r]
    a = np.array(rows, dtype=float)
    return {h: a[:, i] for i, h in enumerate(head)}


def at(ix, col, tt):
    if ix is None or col not in ix:
        return float("nan")
    i = int(np.searchsorted(ix["timeSec"], tt))
    i = min(max(i, 0), len(ix["timeSec"]) - 1)
    return float(ix[col][i])


def wmax(ix, col, a, b):
    if ix is None or col not in ix:
        return float("nan")
    m = (ix["timeSec"] >= a) & (ix["timeSec"] <= b)
    v = ix[col][m]
    v = v[~np.isnan(v)]
    return float(v.max()) if len(v) else float("nan")


def match(truth_eps, dets):
    pairs = []
    for i, e in enumerate(truth_eps):
        for j, d in enumerate(dets):
            if e["onset"] - TOL <= d["peakSec"] <= e["end"] + TOL:
                pairs.append((abs(d["peakSec"] - e["peak"]), i, j))
    pairs.sort()
    mt, md = {}, {}
    for _, i, j in pairs:
        if i not in mt and j not in md:
            mt[i] = j
            md[j] = i
    return mt, md


def nearest_conf(conf, tt, eps):
    """nearest salient confounder (distance to its interval), else nearest talk/gesture; plus nearest episode"""
    best = None
    for c in conf:
        d = max(0.0, c["t"] - tt, tt - (c["t"] + c["dur"]))
        key = (0 if c["type"] in SALIENT and d <= 90 else 1, d)
        if best is None or key < best[0]:
            best = (key, c, d)
    ep = None
    for e in eps:
        d = max(0.0, e["onset"] - tt, tt - e["end"])
        if ep is None or d < ep[1]:
            ep = (e, d)
    return best, ep


def conf_desc(best):
    if best is None:
        return "none"
    _, c, d = best
    return f"{c['type']} @{c['t']:.0f}s+{c['dur']:.0f}s ({'inside' if d == 0 else f'{d:.0f} s away'})"


def turned_down(dropped, e):
    """Why a missed bout is not among the episodes: the reasons of the rises the detector followed over it and
    turned down (its JSON's droppedCandidates), or that none opened there."""
    reasons = sorted({c["reason"] for c in dropped
                      if c["onsetSec"] <= e["end"] and c["droppedAtSec"] >= e["onset"] - 30})
    return "turned down: " + "+".join(reasons) if reasons else "never opened a candidate"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "out"))
    ap.add_argument("--details", action="store_true")
    a = ap.parse_args()
    res_dir = os.path.join(a.out, "results")
    summary = {}
    details = []
    for dev in ("chest", "wrist", "rr"):
        S = defaultdict(int)
        conf_m = Counter()
        intr = Counter()
        peak_err, onset_err, onset_abs = [], [], []
        by_bin = defaultdict(lambda: [0, 0])
        by_out = defaultdict(lambda: [0, 0])
        by_sp = defaultdict(lambda: [0, 0])
        by_reb = defaultdict(lambda: [0, 0])
        fp_free, fp_ep = [], []
        free_hours = 0.0
        failed = []
        fp_classes = Counter()
        det_out = Counter()
        miss_why = Counter()
        for tf in sorted(glob.glob(os.path.join(a.out, dev, "*.truth.json"))):
            T = json.load(open(tf))
            name = T["name"]
            rj = os.path.join(res_dir, name + ".json")
            if not os.path.exists(rj):
                failed.append(name)
                S["fn"] += len(T["episodes"])
                for e in T["episodes"]:
                    details.append(dict(dev=dev, name=name, kind="MISS(no output)", e=e, ix=None))
                continue
            R = json.load(open(rj))
            dets = R.get("episodes", [])
            ix = load_indices(os.path.join(res_dir, name + "-indices.csv"))
            eps = T["episodes"]
            mt, md = match(eps, dets)
            for d in dets:
                det_out[d.get("outcome")] += 1
            if T["free"]:
                free_hours += T["durationSec"] / 3600
            for i, e in enumerate(eps):
                B = e["buildup"]
                bl = next(l for lo, hi, l in BINS if lo <= B < hi)
                sp = "bout in a spell" if e["bout"] > 0 else "isolated"
                hit = i in mt
                for dd, key in ((by_bin, bl), (by_out, e["outcome"]), (by_sp, sp)):
                    dd[key][1] += 1
                    dd[key][0] += hit
                if e["outcome"] == "resolved":
                    by_reb[e["rebound"]][1] += 1
                    by_reb[e["rebound"]][0] += hit
                if hit:
                    d = dets[mt[i]]
                    S["tp"] += 1
                    conf_m[(e["outcome"], d.get("outcome"))] += 1
                    peak_err.append(d["peakSec"] - e["peak"])
                    onset_err.append(d["onsetSec"] - e["onset"])
                    if e["outcome"] == "subsided":
                        intr[(e["interrupted"], bool(d.get("interrupted")))] += 1
                    if d.get("outcome") != e["outcome"]:
                        details.append(dict(dev=dev, name=name, kind=f"WRONG OUTCOME {e['outcome']}->{d.get('outcome')}", e=e, d=d, ix=ix, conf=T["confounders"]))
                else:
                    S["fn"] += 1
                    why = turned_down(R.get("droppedCandidates", []), e)
                    miss_why[why] += 1
                    details.append(dict(dev=dev, name=name, kind=f"MISS ({why})", e=e, ix=ix, conf=T["confounders"]))
            for j, d in enumerate(dets):
                if j in md:
                    continue
                S["fp"] += 1
                best, ep = nearest_conf(T["confounders"], d["peakSec"], eps)
                row = dict(dev=dev, name=name, kind="FALSE", d=d, ix=ix, near=conf_desc(best), ep=ep)
                if T["free"]:
                    fp_free.append(row)
                else:
                    fp_ep.append(row)
                # class of the false episode
                # what it sits on: a salient confounder within 30 s of its peak first, then the
                # neighbourhood of a true episode, then any salient confounder within 90 s
                if best is not None and best[0][0] == 0 and best[2] <= 30:
                    cls = best[1]["type"]
                elif ep is not None and ep[1] <= 300:
                    cls = "within 300 s of a true episode, no confounder at its peak"
                elif best is not None and best[0][0] == 0:
                    cls = best[1]["type"]
                else:
                    cls = "talk/gesture only"
                fp_classes[cls] += 1
                row["cls"] = cls
                details.append(row)
        n_true = S["tp"] + S["fn"]
        n_det = S["tp"] + S["fp"]
        P = S["tp"] / n_det if n_det else float("nan")
        Rc = S["tp"] / n_true if n_true else float("nan")
        F1 = 2 * P * Rc / (P + Rc) if P + Rc > 0 else 0.0
        n_corr = sum(v for (t, d), v in conf_m.items() if t == d)
        summary[dev] = dict(true=n_true, det=n_det, tp=S["tp"], fp=S["fp"], fn=S["fn"], P=P, R=Rc, F1=F1,
                            P_ci=wilson(S["tp"], n_det), R_ci=wilson(S["tp"], n_true), outcome_acc=(n_corr, S["tp"]),
                            confusion=conf_m, peak_err=peak_err, onset_err=onset_err, by_bin=by_bin, by_out=by_out,
                            by_sp=by_sp, by_reb=by_reb, fp_free=fp_free, fp_ep=fp_ep, free_hours=free_hours,
                            failed=failed, intr=intr, fp_classes=fp_classes, det_out=det_out, miss_why=miss_why)

    # ------------------------------------------------------------------ report
    devs = list(summary)
    print("## Summary\n")
    print("| | " + " | ".join(devs) + " |")
    print("|---|" + "---|" * len(devs))

    def row(label, f):
        print(f"| {label} | " + " | ".join(f(summary[d]) for d in devs) + " |")

    row("true episodes / detections", lambda s: f"{s['true']} / {s['det']}")
    row("precision [95 % CI]", lambda s: fmt_rate(s["tp"], s["det"]))
    row("recall [95 % CI]", lambda s: fmt_rate(s["tp"], s["true"]))
    row("F1", lambda s: f"{s['F1']:.2f}")
    row("outcome accuracy (matched)", lambda s: fmt_rate(*s["outcome_acc"]))
    row("median abs. peak error (s)", lambda s: f"{np.median(np.abs(s['peak_err'])):.0f}" if s["peak_err"] else "–")
    row("median peak error, signed (s)", lambda s: f"{np.median(s['peak_err']):+.0f}" if s["peak_err"] else "–")
    row("median abs. onset error (s)", lambda s: f"{np.median(np.abs(s['onset_err'])):.0f}" if s["onset_err"] else "–")
    row("median onset error, signed (s)", lambda s: f"{np.median(s['onset_err']):+.0f}" if s["onset_err"] else "–")
    for lo, hi, l in BINS:
        row(f"recall, build-up {l}", lambda s, l=l: fmt_rate(*s["by_bin"][l]))
    for o in OUTCOMES:
        row(f"recall, {o}", lambda s, o=o: fmt_rate(*s["by_out"][o]))
    for l in ("bout in a spell", "isolated"):
        row(f"recall, {l}", lambda s, l=l: fmt_rate(*s["by_sp"][l]))
    for l in ("immediate", "delayed", "weak"):
        row(f"recall, resolved with {l} rebound", lambda s, l=l: fmt_rate(*s["by_reb"][l]))
    row("false episodes in episode-free sessions", lambda s: f"{len(s['fp_free'])} in {s['free_hours']:.2f} h = {len(s['fp_free']) / s['free_hours']:.1f}/h" if s["free_hours"] else "–")
    row("false episodes in episode sessions", lambda s: f"{len(s['fp_ep'])}")
    row("detected outcomes (all)", lambda s: ", ".join(f"{k} {v}" for k, v in sorted(s["det_out"].items())))
    row("recordings without output", lambda s: ", ".join(s["failed"]) or "none")

    for dev in devs:
        s = summary[dev]
        print(f"\n### {dev}: outcome confusion (rows truth, columns detected)\n")
        print("| truth \\ detected | " + " | ".join(OUTCOMES) + " |")
        print("|---|---|---|---|")
        for t in OUTCOMES:
            print(f"| {t} | " + " | ".join(str(s["confusion"][(t, d)]) for d in OUTCOMES) + " |")
        if s["intr"]:
            print("\nsubsided, interrupted (truth, detected): " + ", ".join(f"{k}: {v}" for k, v in sorted(s["intr"].items())))
        print("\nmissed bouts, by what the detector did there: " +
              (", ".join(f"{k}: {v}" for k, v in s["miss_why"].most_common()) or "none missed"))
        print(f"\nfalse episodes by class: " + ", ".join(f"{k}: {v}" for k, v in s["fp_classes"].most_common()))
        print("false episodes in episode-free sessions, nearest confounder: " +
              "; ".join(f"{r['name']} peak {r['d']['peakSec']:.0f}s ({r['d'].get('outcome')}) ← {r['near']}" for r in s["fp_free"]))


    # ------------------------------------------------------------------ confounders and assessability
    print("\n### Confounders away from true episodes (±60 s) with a false episode peaking within 30 s of them\n")
    print("(one false episode can count for two confounders, e.g. a posture shift and a sigh)\n")
    print("| confounder | " + " | ".join(devs) + " |")
    print("|---|" + "---|" * len(devs))
    tabs = {}
    for dev in devs:
        tab = defaultdict(lambda: [0, 0])
        for tf in sorted(glob.glob(os.path.join(a.out, dev, "*.truth.json"))):
            T = json.load(open(tf))
            rj = os.path.join(res_dir, T["name"] + ".json")
            if not os.path.exists(rj):
                continue
            dets = json.load(open(rj)).get("episodes", [])
            mt, md = match(T["episodes"], dets)
            fps = [d for j, d in enumerate(dets) if j not in md]
            for c in T["confounders"]:
                if c["type"] in ("talk", "gesture") or c.get("during_episode"):
                    continue
                if any(e["onset"] - TOL <= c["t"] <= e["end"] + TOL for e in T["episodes"]):
                    continue
                tab[c["type"]][1] += 1
                tab[c["type"]][0] += any(c["t"] - 30 <= d["peakSec"] <= c["t"] + c["dur"] + 30 for d in fps)
        tabs[dev] = tab
    for ty in sorted(set(k for t in tabs.values() for k in t)):
        print(f"| {ty} | " + " | ".join(f"{tabs[d][ty][0]}/{tabs[d][ty][1]}" for d in devs) + " |")
    print("\n### Heart rate assessed (hr_bpm present in the 4 Hz indices)\n")
    for dev in devs:
        fr = []
        for f in sorted(glob.glob(os.path.join(res_dir, dev + "-*-indices.csv"))):
            ix = load_indices(f)
            fr.append(float(np.mean(~np.isnan(ix["hr_bpm"]))))
        if fr:
            print(f"- {dev}: median {100 * np.median(fr):.0f} % of the grid (range {100 * min(fr):.0f}–{100 * max(fr):.0f} %)")
    q = {"quiet": [0, 0], "near motion": [0, 0]}
    for acc in sorted(glob.glob(os.path.join(a.out, "wrist", "*", "ACC.csv"))):
        name = os.path.basename(os.path.dirname(acc))
        f = os.path.join(res_dir, name + "-indices.csv")
        if not os.path.exists(f):
            continue
        m = np.linalg.norm(np.loadtxt(acc, skiprows=2, delimiter=","), axis=1)
        n = len(m) // 32
        mov = m[:n * 32].reshape(n, 32).std(1) > 2   # > 2/64 g within a second
        quiet = np.array([not mov[max(0, i - 5):i + 6].any() for i in range(n)])
        ix = load_indices(f)
        h = ~np.isnan(np.interp(np.arange(n) + 0.5, ix["timeSec"], ix["hr_bpm"]))
        q["quiet"][0] += int(h[quiet].sum()); q["quiet"][1] += int(quiet.sum())
        q["near motion"][0] += int(h[~quiet].sum()); q["near motion"][1] += int((~quiet).sum())
    if q["quiet"][1]:
        print("- wrist, seconds with no ACC motion within ±5 s: heart rate assessed " + fmt_rate(*q["quiet"]) +
              "; seconds near motion: " + fmt_rate(*q["near motion"]))

    if a.details:
        print("\n## Details (every miss, wrong outcome and false episode)\n")
        for r in details:
            ix = r.get("ix")
            if "e" in r:
                e = r["e"]
                sz = [at(ix, "S_z", x) for x in (e["onset"] - 60, e["onset"], e["peak"], e["peak"] + 30, e["peak"] + 120, e["end"])]
                pz = [at(ix, "P_z", x) for x in (e["onset"] - 60, e["onset"], e["peak"], e["peak"] + 30, e["peak"] + 120, e["end"])]
                extra = ""
                if "d" in r:
                    extra = f" det onset/peak/end {r['d']['onsetSec']:.0f}/{r['d']['peakSec']:.0f}/{r['d']['endSec']:.0f}"
                near = ""
                if r.get("conf"):
                    near = " near: " + conf_desc(nearest_conf(r["conf"], e["peak"], [])[0])
                print(f"- {r['kind']} {r['name']} true {e['outcome']} {e['kind']} onset {e['onset']:.0f} build-up {e['buildup']:.0f} s "
                      f"peak {e['peak']:.0f} end {e['end']:.0f} amp {e['amp']:.2f} hr×{e['hr_scale']} eda×{e['eda_scale']} "
                      f"rebound {e.get('rebound')} bout {e['bout']} interrupted {e['interrupted']}{extra}{near}\n"
                      f"    S_z at on-60/on/peak/pk+30/pk+120/end: " + " ".join(f"{v:+.1f}" for v in sz) +
                      f" | max S_z in window {wmax(ix, 'S_z', e['onset'], e['end']):+.1f}\n"
                      f"    P_z same times: " + " ".join(f"{v:+.1f}" for v in pz))
            else:
                d = r["d"]
                sz = [at(ix, "S_z", x) for x in (d["onsetSec"] - 60, d["onsetSec"], d["peakSec"], d["peakSec"] + 30, d["endSec"])]
                pz = [at(ix, "P_z", x) for x in (d["onsetSec"] - 60, d["onsetSec"], d["peakSec"], d["peakSec"] + 30, d["endSec"])]
                ep = r.get("ep")
                eps = f"; nearest true episode {ep[0]['outcome']} {ep[0]['onset']:.0f}-{ep[0]['end']:.0f} ({ep[1]:.0f} s away)" if ep else ""
                print(f"- FALSE {r['name']} det {d.get('outcome')} onset/peak/end {d['onsetSec']:.0f}/{d['peakSec']:.0f}/{d['endSec']:.0f} "
                      f"← {r['near']}{eps} [{r.get('cls')}]\n"
                      f"    S_z at on-60/on/peak/pk+30/end: " + " ".join(f"{v:+.1f}" for v in sz) +
                      f" | P_z: " + " ".join(f"{v:+.1f}" for v in pz))


if __name__ == "__main__":
    main()
