#!/usr/bin/env python3
"""Independent generator of therapy-session recordings with therapeutic-crying episodes (known truth).

Written from the public literature and /work/shared/DESIGN.md only (never from Lacrima's detector or
simulator).  Emphasis: brief crying bouts (20 s - 2 min build-ups, often in spells of 2-4 bouts), a few
long build-ups for contrast, the wearables therapists actually own (Empatica E4 export folders, Polar H10
RR exports) and a lab chest CSV for comparison, with everyday therapy-room confounders.

Physiology (choices are ours; sources):
  * Gross, Fredrickson & Levenson 1994 (Psychophysiology 31): crying raises heart rate, skin conductance,
    somatic activity and respiration rate/irregularity.
  * Sharman, Dingle, Vingerhoets & Vanman 2020 (Psychophysiology 57 e13451?): heart rate slowed in the
    seconds just before tears; breathing rate did not change reliably -> per episode, breathing-rate gain
    is often ~0 and a brief pre-tears HR deceleration is drawn.
  * Rottenberg, Wilhelm, Gross & Gotlib 2003 (Psychophysiology 40): RSA rises as crying resolves (vagal
    rebound) in some people, not others -> rebound immediate / delayed / weak, drawn per episode.
  * Hendriks, Rottenberg & Vingerhoets 2007 (Emotion 7): crying effects fade within ~4 min of onset.
  * Bylsma, Gracanin & Vingerhoets 2019 (Biol Psychol review): mixed sympathetic + parasympathetic
    activation in crying; large individual differences -> person and episode amplitudes drawn.
  * Sobbing: convulsive, catching inspirations and irregular breath timing (Gross 1994; Bylsma 2019).
  * SCRs: rise 1-3 s, recover over 10-30 s, tonic SCL moves over tens of s (Boucsein 2012; Benedek &
    Kaernbach 2010); wrist EDA is several times smaller than palmar and some people barely respond at the
    wrist (van Dooren et al. 2012; Kasos et al. 2020).
  * RSA scales with tidal volume and grows at slow breathing rates (Grossman & Taylor 2007; Lehrer's
    resonance breathing at ~6/min) -> a therapist's paced slow breathing raises RSA without any release.
  * Speech disrupts breathing (short inspirations, long expirations) and lowers RSA (Bernardi et al. 2000);
    laughter: rapid expiratory bursts, HR and SC up briefly; sighs elicit SCRs and large RSA swings;
    postural shifts give transient HR rises (orthostatic) and motion artefacts; a short walk raises HR by
    10-25 bpm and then recovers.
  * Empatica E4: IBI.csv only holds beats from clean stretches (any motion drops them); WESAD S2/S4 cover
    38-40 % of the span; EDA is 4 Hz with electrodes settling over the first minutes; BVP 64 Hz; ACC 32 Hz in
    1/64 g; TEMP 4 Hz.  Polar H10 via Polar Sensor Logger: `Phone timestamp;RR-interval [ms]`, timestamps
    advancing by the RR; artefacts: ectopic (premature + compensatory), missed (merged) and split beats,
    BLE dropouts.

Usage: python3 gen.py [--out out] [--seed 20261204]
Writes out/{chest,wrist,rr}/NAME... plus NAME.events.csv (when any event) and NAME.truth.json.
"""
import argparse
import json
import os
import shutil
from datetime import datetime, timedelta, timezone

import numpy as np
from scipy.signal import butter, sosfiltfilt

FS = 50.0  # latent grid (Hz)


# ----------------------------------------------------------------------------------------- helpers
def lowpass1(x, tau, fs=FS):
    """first-order lag"""
    a = np.exp(-1.0 / (tau * fs))
    y = np.empty_like(x)
    acc = x[0]
    for i in range(len(x)):  # small arrays (≤ 200k); fine
        acc = a * acc + (1 - a) * x[i]
        y[i] = acc
    return y


def lag_fast(x, tau, fs=FS):
    from scipy.signal import lfilter
    a = np.exp(-1.0 / (tau * fs))
    zi = np.array([a * x[0]])
    y, _ = lfilter([1 - a], [1, -a], x, zi=zi)
    return y


def lag_asym(x, tau_up, tau_down, fs=FS):
    """asymmetric first-order lag (tonic SCL rises faster than it recovers)"""
    au = np.exp(-1.0 / (tau_up * fs))
    ad = np.exp(-1.0 / (tau_down * fs))
    y = np.empty_like(x)
    acc = x[0]
    for i in range(len(x)):
        v = x[i]
        a = au if v > acc else ad
        acc = a * acc + (1 - a) * v
        y[i] = acc
    return y


def bandnoise(rng, n, lo, hi, fs=FS):
    w = rng.standard_normal(n)
    if lo <= 0:
        sos = butter(2, hi / (fs / 2), "low", output="sos")
    else:
        sos = butter(2, [lo / (fs / 2), hi / (fs / 2)], "band", output="sos")
    y = sosfiltfilt(sos, w)
    return y / (np.std(y) + 1e-12)


def pink_drift(rng, n, tau_s, fs=FS):
    """slow random drift, unit std"""
    w = rng.standard_normal(n)
    y = lag_fast(np.cumsum(w) / np.sqrt(fs), tau_s, fs)
    y = y - np.linspace(y[0], y[-1], n) * 0.5
    return (y - y.mean()) / (y.std() + 1e-12)


def bump(t, t0, rise, fall):
    """0 before t0, rises with tau `rise`, decays with tau `fall` (normalised to peak 1)"""
    x = np.clip(t - t0, 0, None)
    if abs(rise - fall) < 1e-6:
        fall = fall * 1.01
    y = np.exp(-x / fall) - np.exp(-x / rise)
    y[t < t0] = 0
    m = y.max()
    return y / m if m > 0 else y


def loguni(rng, a, b):
    return float(np.exp(rng.uniform(np.log(a), np.log(b))))


# ----------------------------------------------------------------------------------------- schedule
def draw_person(rng, device):
    p = dict(
        hr0=rng.uniform(62, 84),
        hr_gain=rng.uniform(5, 16),          # bpm per unit crying intensity
        rsa_bpm=rng.uniform(2.5, 9.0),       # RSA swing (half peak-to-peak) at 12/min, normal tidal volume
        rr0=rng.uniform(11, 17),             # breaths/min
        scl0=rng.uniform(2.0, 10.0),         # palmar µS
        scl_gain=rng.uniform(0.8, 4.0),      # palmar µS per unit intensity
        scr_base=rng.uniform(0.8, 3.0),      # SCR/min at rest
        scr_amp=rng.uniform(0.08, 0.4),      # palmar µS
        scl_tau_up=rng.uniform(5, 12), scl_tau_down=rng.uniform(15, 45),
        ectopic_per_10min=rng.choice([0, 0, 0.5, 1, 3]),
        wrist_factor=rng.choice([0.08, 0.12, 0.2, 0.3]) * rng.uniform(0.7, 1.3),  # wrist/palmar EDA ratio
        wrist_nonresponder=rng.random() < 0.2,
    )
    return p


def draw_episode(rng, onset, kind, outcome, spell, bout, person):
    """kind: brief | long.  Returns dict with the shape parameters and the truth."""
    if kind == "brief":
        r = rng.random()
        B = rng.uniform(20, 30) if r < 0.25 else (rng.uniform(30, 60) if r < 0.6 else rng.uniform(60, 120))
    else:
        B = rng.uniform(180, 480)
    amp = float(np.clip(rng.lognormal(0, 0.35), 0.45, 2.2))
    if kind == "long":
        amp *= 1.15
    ep = dict(onset=float(onset), buildup=float(B), kind=kind, outcome=outcome, spell=spell, bout=bout,
              amp=amp, p=float(rng.uniform(1.1, 2.2)),
              hr_scale=float(rng.choice([1.0, 1.0, 1.0, 0.4])),      # some episodes barely move HR
              eda_scale=float(rng.choice([1.0, 1.0, 1.0, 0.25])),    # some barely move EDA
              resp_gain=float(0.0 if rng.random() < 0.5 else rng.uniform(0.1, 0.35)),  # Sharman: often stable
              sob=float(rng.uniform(0.3, 1.0)),
              withdraw=float(rng.uniform(0.3, 0.7)),
              waves=float(rng.uniform(0.0, 0.2)), wave_period=float(rng.uniform(15, 45)),
              pretears_dip=float(rng.uniform(2, 5)) if rng.random() < 0.6 else 0.0,
              tears_at=float(rng.uniform(0.55, 0.9)),
              interrupted=False, intervention=None, rebound=None)
    peak = onset + B
    if outcome == "resolved":
        ep["tau"] = float(rng.uniform(10, 45))
        ep["hold"] = float(rng.uniform(0, 10))
        rb = rng.choice(["immediate", "immediate", "delayed", "weak"])
        ep["rebound"] = str(rb)
        ep["rb_size"] = float(rng.uniform(0.3, 0.8) if rb != "weak" else rng.uniform(0.03, 0.12))
        ep["rb_lat"] = float(rng.uniform(0, 12) if rb == "immediate" else (rng.uniform(40, 100) if rb == "delayed" else rng.uniform(0, 20)))
        ep["rb_dur"] = float(rng.uniform(60, 180))
        ep["undershoot"] = float(rng.uniform(0, 5)) if rb != "weak" else 0.0
        end = peak + ep["hold"] + ep["tau"] * np.log(1 / 0.15)
    elif outcome == "sustained":
        ep["plateau"] = float(rng.uniform(240, 420))
        ep["level"] = float(rng.uniform(0.8, 1.0))
        ep["escalate"] = float(rng.uniform(0.1, 0.35)) if rng.random() < 0.3 else 0.0
        ep["waves"] = float(rng.uniform(0.1, 0.25))
        ep["tau"] = float(rng.uniform(60, 150))
        end = peak + ep["plateau"] + ep["tau"] * np.log((ep["level"] + ep["escalate"]) / 0.15)
    else:  # subsided: the build-up is cut short (often by a calming intervention) and drifts down
        ep["amp"] = amp * float(rng.uniform(0.5, 0.8))
        ep["residue"] = float(rng.uniform(0.15, 0.35))
        ep["tau"] = float(rng.uniform(80, 200))
        r = rng.random()
        if r < 0.75:
            ep["intervention"] = str(rng.choice(["intervention: calming, slow breathing",
                                                  "intervention: calming, slow breathing",
                                                  "intervention: grounding",
                                                  "intervention: soothing words"]))
            ep["interrupted"] = True
            ep["iv_time"] = float(peak - rng.uniform(0, 8))
        end = peak + ep["tau"] * np.log((1 - ep["residue"]) / 0.15)
    ep["peak"] = float(peak)
    ep["end"] = float(end)
    return ep


def episode_curve(ep, t):
    """crying intensity (0..~1.3 * amp) for one episode on grid t; also 'rebound' curve and 'cry' flag"""
    t0, tp = ep["onset"], ep["peak"]
    e = np.zeros_like(t)
    b = (t >= t0) & (t < tp)
    u = (t[b] - t0) / ep["buildup"]
    e[b] = u ** ep["p"] * (1 + ep["waves"] * np.sin(2 * np.pi * (t[b] - t0) / ep["wave_period"]) * u)
    reb = np.zeros_like(t)
    after = t >= tp
    ta = t[after] - tp
    if ep["outcome"] == "resolved":
        h = ep["hold"]
        e[after] = np.where(ta < h, 1.0, np.exp(-(ta - h) / ep["tau"]))
        reb = ep["rb_size"] * bump(t, tp + h + ep["rb_lat"], 8.0, ep["rb_dur"] / 1.5)
    elif ep["outcome"] == "sustained":
        P, L = ep["plateau"], ep["level"]
        lv = L + ep["escalate"] * np.clip(ta / P, 0, 1)
        blend = np.clip(ta / 20.0, 0, 1)
        lvl = (1 - blend) * 1.0 + blend * lv
        wav = 1 + ep["waves"] * np.sin(2 * np.pi * ta / ep["wave_period"])
        e[after] = np.where(ta < P, lvl * wav, (L + ep["escalate"]) * np.exp(-(ta - P) / ep["tau"]))
    else:
        r = ep["residue"]
        e[after] = (r * np.exp(-ta / 500.0)) + (1 - r) * np.exp(-ta / ep["tau"])
    return e * ep["amp"], reb


def make_schedule(rng, D, free, person):
    episodes, conf, events = [], [], []
    if not free:
        # plan the session's units first (so that long and sustained episodes are not squeezed out by the
        # session length), then place them with gaps of a few minutes
        best, best_key = [], -1
        for attempt in range(300):
            units = ["long"] * int(rng.choice([0, 1, 1, 2])) + ["spell"] * int(rng.choice([1, 1, 2])) \
                + ["brief"] * int(rng.choice([0, 1, 2]))
            rng.shuffle(units)
            sus_unit = int(rng.integers(len(units))) if rng.random() < 0.75 else -1
            episodes = []
            t = rng.uniform(330, 480)
            for ui, kind in enumerate(units):
                spell = ui + 1
                if kind == "spell":
                    nb = int(rng.integers(2, 5))
                    for bt in range(nb):
                        last = bt == nb - 1
                        out = "sustained" if (ui == sus_unit and last) else str(rng.choice(["resolved", "resolved", "subsided"]))
                        ep = draw_episode(rng, t, "brief", out, spell, bt + 1, person)
                        episodes.append(ep)
                        t = ep["end"] + rng.uniform(60, 200)
                else:
                    out = "sustained" if ui == sus_unit else str(rng.choice(["resolved", "subsided"]))
                    episodes.append(draw_episode(rng, t, kind, out, spell, 0, person))
                    t = episodes[-1]["end"]
                t += rng.uniform(150, 330)
            fits = episodes[-1]["end"] < D - 150 and 3 <= len(episodes) <= 6
            if fits:
                break
            kept = [e for e in episodes if e["end"] < D - 150]
            if len(kept) > best_key and len(kept) <= 6:
                best, best_key = kept, len(kept)
        else:
            episodes = best
        # a spell of only one bout is an isolated bout
        from collections import Counter
        cnt = Counter(e["spell"] for e in episodes)
        for e in episodes:
            if cnt[e["spell"]] == 1:
                e["bout"] = 0
        for e in episodes:
            if e.get("intervention"):
                events.append((e["iv_time"], e["intervention"]))
                if "slow breathing" in e["intervention"]:
                    conf.append(dict(type="slow_breathing", t=e["iv_time"] + 3, dur=float(rng.uniform(60, 150)), during_episode=True))
                elif "grounding" in e["intervention"]:
                    conf.append(dict(type="talk", t=e["iv_time"] + 2, dur=float(rng.uniform(20, 60)), during_episode=True))
            if e["outcome"] == "resolved" and rng.random() < 0.5:  # relief sigh
                conf.append(dict(type="sigh", t=e["peak"] + e["hold"] + rng.uniform(5, 40), dur=5.0, during_episode=True))

    busy = [(e["onset"] - 60, e["end"] + 60) for e in episodes]

    def free_slot(dur, lo=120):
        for _ in range(200):
            t0 = rng.uniform(lo, D - dur - 30)
            if all(t0 + dur < a or t0 > b for a, b in busy):
                busy.append((t0 - 30, t0 + dur + 60))
                return t0
        return None

    # talking turns through the whole session (less during crying)
    t = rng.uniform(5, 40)
    talk_frac = rng.uniform(0.25, 0.45)
    while t < D - 20:
        dur = rng.uniform(8, 80)
        in_ep = any(e["onset"] - 10 < t < e["end"] for e in episodes)
        if rng.random() < (0.35 if in_ep else 1.0):
            conf.append(dict(type="talk", t=float(t), dur=float(min(dur, D - t - 5))))
        t += dur / talk_frac * rng.uniform(0.6, 1.4)
    # posture shifts, sighs, gestures
    for typ, every in (("posture", rng.uniform(150, 360) if not free else rng.uniform(100, 240)),
                       ("sigh", rng.uniform(150, 400) if not free else rng.uniform(100, 250)),
                       ("gesture", rng.uniform(60, 150))):
        t = rng.uniform(20, every)
        while t < D - 10:
            conf.append(dict(type=typ, t=float(t), dur=float(rng.uniform(2, 5) if typ == "posture" else (5.0 if typ == "sigh" else rng.uniform(3, 20)))))
            t += rng.exponential(every)
    # rarer events, away from episodes
    n_laugh = int(rng.integers(3, 7)) if free else int(rng.integers(0, 3))
    n_startle = int(rng.integers(1, 4)) if free else int(rng.integers(0, 2))
    n_walk = int(rng.integers(1, 3)) if free else int(rng.random() < 0.25)
    n_heated = int(rng.integers(1, 3)) if free else 0
    n_exercise = int(rng.integers(1, 3)) if free else 0
    for typ, n, dur_rng in (("walk", n_walk, (60, 180)), ("heated_talk", n_heated, (120, 300)),
                            ("slow_breathing", n_exercise, (90, 240)), ("laugh", n_laugh, (4, 20)),
                            ("startle", n_startle, (1, 2))):
        for _ in range(n):
            dur = rng.uniform(*dur_rng)
            t0 = free_slot(dur)
            if t0 is None:
                continue
            c = dict(type=typ, t=float(t0), dur=float(dur))
            if typ == "heated_talk":
                c["amp"] = float(rng.uniform(0.3, 0.55))
            conf.append(c)
            if typ == "slow_breathing":
                events.append((t0 - rng.uniform(0, 5), "intervention: calming, slow breathing"))
    conf.sort(key=lambda c: c["t"])
    events.sort()
    return episodes, conf, events


# ----------------------------------------------------------------------------------------- physiology
def synth(rng, D, person, episodes, conf):
    n = int(D * FS)
    t = np.arange(n) / FS
    cry = np.zeros(n)        # crying intensity (sum over episodes)
    hr_ep = np.zeros(n)
    scl_drive = np.zeros(n)
    scr_drive = np.zeros(n)
    withdraw = np.zeros(n)
    rebound = np.zeros(n)
    under = np.zeros(n)
    resp_gain = np.zeros(n)
    sob = np.zeros(n)
    for ep in episodes:
        e, reb = episode_curve(ep, t)
        cry += e
        hr_ep += person["hr_gain"] * ep["hr_scale"] * e
        scl_drive += person["scl_gain"] * ep["eda_scale"] * e
        scr_drive += ep["eda_scale"] * e
        withdraw += ep["withdraw"] * np.clip(e / max(ep["amp"], 1e-6), 0, 1.2)
        rebound += reb
        if ep["outcome"] == "resolved" and ep["undershoot"] > 0:
            under += ep["undershoot"] * bump(t, ep["peak"] + ep["hold"] + ep["rb_lat"], 10.0, ep["rb_dur"] / 1.5)
        resp_gain += ep["resp_gain"] * e
        sob += ep["sob"] * np.clip(e, 0, 1.2)
        if ep["pretears_dip"] > 0:  # Sharman 2020: HR deceleration just before tears
            tt = ep["onset"] + ep["tears_at"] * ep["buildup"]
            hr_ep -= ep["pretears_dip"] * bump(t, tt - 10, 2.0, 5.0)
    # confounders
    hr_c = np.zeros(n)
    rsa_mult = np.ones(n)
    motion_w = np.zeros(n)   # wrist motion level (0..~3)
    motion_c = np.zeros(n)   # chest/trunk motion
    walk_phase = np.zeros(n)
    talk = np.zeros(n, bool)
    laugh = np.zeros(n, bool)
    slowb = np.zeros(n, bool)
    sighs, startles = [], []
    scr_extra = []           # (time, relative amplitude)
    scl_c = np.zeros(n)
    for c in conf:
        i0, i1 = int(c["t"] * FS), min(n, int((c["t"] + c["dur"]) * FS))
        ty = c["type"]
        if ty == "talk" or ty == "heated_talk":
            talk[i0:i1] = True
            hr_c[i0:i1] += rng.uniform(1, 4)
            if rng.random() < 0.3:
                scr_extra.append((c["t"] + rng.uniform(0.5, 2), rng.uniform(0.3, 1.0)))
            # gesturing while talking
            k = i0
            while k < i1:
                if rng.random() < 0.4:
                    L = int(rng.uniform(1, 6) * FS)
                    motion_w[k:min(i1, k + L)] += rng.uniform(0.3, 1.2)
                k += int(rng.uniform(3, 12) * FS)
            if ty == "heated_talk":  # non-crying arousal: HR/EDA up for minutes, no release
                a = c["amp"]
                env = np.zeros(n)
                env[i0:i1] = np.clip((t[i0:i1] - c["t"]) / 60, 0, 1)
                env = lag_fast(env, 30.0) * a
                hr_c += person["hr_gain"] * env * 0.8
                scl_drive += person["scl_gain"] * env
                scr_drive += env
                withdraw += 0.3 * env
        elif ty == "posture":
            motion_w[i0:i1] += rng.uniform(1.5, 3)
            motion_c[i0:i1] += rng.uniform(1.5, 3)
            hr_c += rng.uniform(4, 10) * bump(t, c["t"], 3.0, 8.0)
            if rng.random() < 0.5:
                scr_extra.append((c["t"] + 1.5, rng.uniform(0.3, 1.0)))
        elif ty == "gesture":
            motion_w[i0:i1] += rng.uniform(0.5, 2)
        elif ty == "sigh":
            sighs.append(c["t"])
            if rng.random() < 0.6:
                scr_extra.append((c["t"] + 2.5, rng.uniform(0.3, 1.2)))
        elif ty == "startle":
            startles.append(c["t"])
            hr_c += rng.uniform(6, 12) * bump(t, c["t"], 1.0, 4.0)
            motion_w[i0:i0 + int(1.0 * FS)] += 3
            motion_c[i0:i0 + int(1.0 * FS)] += 2.5
            scr_extra.append((c["t"] + 2.0, rng.uniform(1.5, 3.0)))
        elif ty == "laugh":
            laugh[i0:i1] = True
            hr_c += rng.uniform(5, 12) * bump(t, c["t"], 2.0, c["dur"] / 2 + 4)
            motion_w[i0:i1] += rng.uniform(0.8, 2)
            motion_c[i0:i1] += rng.uniform(0.8, 2)
            if rng.random() < 0.8:
                scr_extra.append((c["t"] + 2.0, rng.uniform(0.5, 1.5)))
        elif ty == "walk":
            env = np.zeros(n)
            env[i0:i1] = 1
            e_hr = lag_asym(env[::10], 15.0 / 10 * 10, 40.0, FS / 10)  # coarse for speed
            e_hr = np.interp(t, t[::10], e_hr)
            hr_c += rng.uniform(12, 25) * e_hr
            motion_w[i0:i1] += 2.5
            motion_c[i0:i1] += 2.5
            walk_phase[i0:i1] = 1
            rsa_mult *= (1 - 0.5 * e_hr)
            resp_gain += 0.45 * e_hr
            scl_c += rng.uniform(0.3, 1.0) * e_hr
            scr_drive += 0.4 * e_hr
        elif ty == "slow_breathing":
            slowb[i0:i1] = True
    talk_f = lag_fast(talk.astype(float), 2.0)
    rsa_mult *= (1 - 0.4 * talk_f)

    # ---------------- respiration, breath by breath (knots of lung volume)
    rr0 = person["rr0"]
    kt, kv = [0.0], [0.0]
    br_t, br_rate = [], []
    tt = 0.0
    while tt < D:
        i = min(n - 1, int(tt * FS))
        if slowb[i]:
            Ti, Te, A = rng.uniform(3.5, 4.5), rng.uniform(5, 6.5), rng.uniform(1.5, 2.0)
            seg = [(Ti, A), (Te, 0.0)]
        elif laugh[i]:
            seg = [(rng.uniform(0.6, 1.0), 1.2)]
            for _ in range(int(rng.integers(4, 9))):
                seg += [(rng.uniform(0.12, 0.2), -0.25), (rng.uniform(0.1, 0.15), 0.05)]
            seg[-1] = (seg[-1][0], -0.2)
            seg = [(d, v) for d, v in seg]
            # relative: convert to absolute below
            lvl = 0.0
            abs_seg = []
            for d, v in seg:
                lvl = 1.2 if v == 1.2 else lvl + v
                abs_seg.append((d, max(lvl, -0.3)))
            abs_seg.append((rng.uniform(0.5, 1.0), 0.0))
            seg = abs_seg
        elif any(abs(tt - s) < 2.0 for s in sighs):
            seg = [(rng.uniform(1.8, 2.5), rng.uniform(2.2, 3.0)), (rng.uniform(3, 4), 0.0), (rng.uniform(1.5, 3), 0.0)]
            sighs = [s for s in sighs if abs(tt - s) >= 2.0]
        elif any(0 <= tt - s < 2.0 for s in startles):
            seg = [(0.35, 1.3), (rng.uniform(1.5, 2.5), 1.2), (1.5, 0.0)]
            startles = [s for s in startles if not (0 <= tt - s < 2.0)]
        elif sob[i] > 0.15 and rng.random() < min(0.85, 0.9 * sob[i]):
            # sobbing: convulsive catching inspirations then a long shaky expiration
            k = int(rng.integers(2, 5))
            seg = []
            lvl = 0.0
            for _ in range(k):
                lvl += rng.uniform(0.25, 0.5)
                seg += [(rng.uniform(0.2, 0.4), lvl), (rng.uniform(0.05, 0.25), lvl)]
            seg += [(rng.uniform(1.5, 4.0), lvl * 0.4), (rng.uniform(0.5, 1.5), 0.0)]
        elif talk[i]:
            seg = [(rng.uniform(0.4, 0.8), rng.uniform(0.6, 1.3)), (rng.uniform(2.0, 5.5), 0.0)]
        else:
            rate = rr0 * (1 + resp_gain[i]) * (1.0 if not walk_phase[i] else 1.1)
            T = 60.0 / rate * rng.lognormal(0, 0.08 + 0.2 * min(1, sob[i]))
            A = rng.lognormal(0, 0.1) * (1.3 if walk_phase[i] else 1.0)
            Ti = T * rng.uniform(0.35, 0.45)
            seg = [(Ti, A), (T - Ti, 0.0)]
        dur = sum(d for d, _ in seg)
        br_t.append(tt)
        br_rate.append(60.0 / max(dur, 0.5))
        for d, v in seg:
            tt += d
            kt.append(tt)
            kv.append(v)
    kt, kv = np.array(kt), np.array(kv)
    j = np.clip(np.searchsorted(kt, t, side="right") - 1, 0, len(kt) - 2)
    u = (t - kt[j]) / (kt[j + 1] - kt[j])
    w = (1 - np.cos(np.pi * np.clip(u, 0, 1))) / 2
    vol = kv[j] + (kv[j + 1] - kv[j]) * w
    rate_t = np.interp(t, br_t, br_rate)
    rate_t = lag_fast(rate_t, 5.0)

    # ---------------- heart rate: IPFM with RSA coupled to lung volume
    vagal = np.clip((1 - withdraw) + rebound, 0.15, 3.0) * rsa_mult
    rate_fac = np.clip((12.0 / np.maximum(rate_t, 3)) ** 0.7, 0.5, 2.2)
    vol_lead = np.interp(t + 0.6, t, vol)
    vol_c = vol_lead - lag_fast(vol_lead, 8.0)
    rsa = person["rsa_bpm"] * vagal * rate_fac * vol_c
    drift = pink_drift(rng, n, 300.0) * rng.uniform(1.5, 4)
    mayer = np.sin(2 * np.pi * 0.1 * t + rng.uniform(0, 6)) * rng.uniform(0.5, 1.5) * (1 + 0.3 * bandnoise(rng, n, 0, 0.02))
    hr_sym = lag_fast(hr_ep + hr_c, 3.0)
    hr = person["hr0"] + drift + hr_sym - under + rsa + mayer
    hr = np.clip(hr, 40, 170)
    phase = np.cumsum(hr / 60.0) / FS
    k = np.arange(1, int(phase[-1]))
    beats = np.interp(k, phase, t)
    # ectopic beats (premature, compensatory pause)
    ect = np.zeros(len(beats), bool)
    n_ect = rng.poisson(person["ectopic_per_10min"] * D / 600)
    for idx in rng.choice(np.arange(2, len(beats) - 2), size=min(n_ect, len(beats) // 50), replace=False):
        rr = beats[idx] - beats[idx - 1]
        beats[idx] -= rr * rng.uniform(0.3, 0.4)
        ect[idx] = True

    # ---------------- EDA (palmar, µS)
    scl_t = lag_asym(scl_drive + scl_c, person["scl_tau_up"], person["scl_tau_down"])
    scl_base = person["scl0"] * (1 + 0.15 * pink_drift(rng, n, 600.0)) - np.linspace(0, rng.uniform(0, 1.0), n)
    scl = np.maximum(0.3, scl_base + scl_t)
    # SCR onsets: Poisson with rate base + crying-driven + events
    lam = (person["scr_base"] + 8.0 * np.clip(scr_drive, 0, 1.5)) / 60.0 / FS
    on = np.nonzero(rng.random(n) < lam)[0]
    onsets = [(t[i], rng.lognormal(0, 0.5) * (1 + 0.6 * min(1.5, scr_drive[i]))) for i in on] + scr_extra
    kern_t = np.arange(0, 40, 1 / FS)
    tau1, tau2 = 0.75, rng.uniform(2.0, 4.0) * 2
    kern = np.exp(-kern_t / tau2) - np.exp(-kern_t / tau1)
    kern /= kern.max()
    imp = np.zeros(n)
    for tt0, a in onsets:
        i = int(tt0 * FS)
        if 0 <= i < n:
            imp[i] += a * person["scr_amp"]
    phasic = np.convolve(imp, kern)[:n]
    eda = scl + phasic

    return dict(t=t, n=n, hr=hr, beats=beats, ect=ect, vol=vol, rate=rate_t, eda=eda, cry=cry,
                motion_w=np.clip(motion_w, 0, 4), motion_c=np.clip(motion_c, 0, 4), walk=walk_phase,
                sob=sob, vagal=vagal)


# ----------------------------------------------------------------------------------------- devices
START = datetime(2026, 11, 2, 9, 0, 0, tzinfo=timezone.utc)


def write_chest(rng, path, s, person, D):
    """lab chest CSV: time, ECG [mV], EDA [uS] (palmar), RSP [a.u.] (belt), 250 Hz"""
    fs = 250.0
    n = int(D * fs)
    t = np.arange(n) / fs
    ecg = np.zeros(n)
    Ramp = rng.uniform(0.8, 1.6)
    beats, ect = s["beats"], s["ect"]
    rr_prev = np.diff(np.concatenate([[beats[0] - 0.8], beats]))
    waves = [(-0.2, 0.025, 0.12), (-0.035, 0.010, -0.10), (0.0, 0.011, 1.0), (0.035, 0.012, -0.25), (0.25, 0.05, 0.3)]
    L = int(0.9 * fs)
    lt = (np.arange(L) - int(0.35 * fs)) / fs
    resp_mod = np.interp(beats, s["t"], s["vol"])
    for b, rr, e, rm in zip(beats, rr_prev, ect, resp_mod):
        i0 = int(round(b * fs)) - int(0.35 * fs)
        if i0 < 0 or i0 + L > n:
            continue
        sh = np.zeros(L)
        qt = np.sqrt(max(rr, 0.3))
        if e:  # PVC: wide QRS, no P, inverted T
            sh += 1.4 * np.exp(-0.5 * ((lt - 0.0) / 0.035) ** 2) - 0.5 * np.exp(-0.5 * ((lt - 0.3 * qt) / 0.07) ** 2)
        else:
            for c, w, a in waves:
                cc = c * qt if c > 0.1 else c
                sh += a * np.exp(-0.5 * ((lt - cc) / w) ** 2)
        ecg[i0:i0 + L] += sh * Ramp * (1 + 0.08 * rm)
    mc = np.interp(t, s["t"], s["motion_c"])
    ecg += 0.12 * np.interp(t, s["t"], s["vol"])  # respiratory baseline wander
    ecg += 0.15 * np.interp(t, s["t"], pink_drift(rng, s["n"], 20.0))
    ecg += 0.02 * np.sin(2 * np.pi * 50 * t + 0.3)
    ecg += rng.standard_normal(n) * 0.015
    emg = bandnoise(rng, n, 20, 100, fs) * (0.02 + 0.06 * mc + 0.05 * np.interp(t, s["t"], np.clip(s["sob"], 0, 1)))
    ecg += emg
    ecg += bandnoise(rng, n, 0.3, 5, fs) * 0.5 * mc  # electrode motion artefact
    # palmar EDA
    eda = np.interp(t, s["t"], s["eda"]) + rng.standard_normal(n) * 0.003
    eda += np.interp(t, s["t"], s["motion_w"]) * bandnoise(rng, n, 0.2, 3, fs) * 0.05
    # respiration belt
    rsp = np.interp(t, s["t"], s["vol"]) * rng.uniform(0.8, 1.5) + 0.3 * np.interp(t, s["t"], pink_drift(rng, s["n"], 60.0))
    rsp += bandnoise(rng, n, 0.5, 5, fs) * 0.4 * mc + rng.standard_normal(n) * 0.01
    with open(path, "w") as f:
        f.write("time,ECG [mV],EDA [uS],RSP [a.u.]\n")
        arr = np.column_stack([t, ecg, eda, rsp])
        np.savetxt(f, arr, fmt=["%.4f", "%.4f", "%.4f", "%.4f"], delimiter=",")


def write_e4(rng, folder, s, person, D):
    """Empatica E4 export folder (BVP 64 Hz, EDA 4 Hz µS, ACC 32 Hz 1/64 g, TEMP 4 Hz, HR 1 Hz, IBI, tags)."""
    os.makedirs(folder, exist_ok=True)
    t0u = START.timestamp()
    beats, ect = s["beats"], s["ect"]
    mw = s["motion_w"]
    # BVP
    fs = 64.0
    n = int(D * fs)
    t = np.arange(n) / fs
    bvp = np.zeros(n)
    amp0 = rng.uniform(40, 120)
    cry = np.interp(beats, s["t"], s["cry"])
    rm = np.interp(beats, s["t"], s["vol"])
    L = int(1.0 * fs)
    lt = np.arange(L) / fs
    for b, c, e, r in zip(beats, cry, ect, rm):
        ptt = rng.uniform(0.2, 0.26) - 0.02 * min(c, 1.5)
        i0 = int(round((b + ptt) * fs))
        if i0 + L > n:
            continue
        a = amp0 * (1 - 0.25 * min(c, 1.5)) * (1 + 0.12 * r) * (0.5 if e else 1.0) * rng.lognormal(0, 0.05)
        sh = np.exp(-0.5 * ((lt - 0.13) / 0.055) ** 2) + rng.uniform(0.25, 0.45) * np.exp(-0.5 * ((lt - 0.38) / 0.08) ** 2)
        bvp[i0:i0 + L] += a * sh
    bvp -= np.convolve(bvp, np.ones(int(fs)) / fs, mode="same")
    mwi = np.interp(t, s["t"], mw)
    bvp += bandnoise(rng, n, 0.3, 6, fs) * amp0 * 2.5 * mwi
    bvp += bandnoise(rng, n, 0.05, 0.4, fs) * amp0 * 0.15 + rng.standard_normal(n) * 1.0
    # IBI: only clean beats (no motion within ±4 s) and the device's own long dropouts
    ok = np.ones(len(beats), bool)
    mot_b = np.interp(beats, s["t"], lag_fast(np.convolve((mw > 0.2).astype(float), np.ones(int(8 * FS)), mode="same"), 0.5))
    ok &= mot_b < 0.5
    state, i = True, 0
    while i < len(beats):
        L_run = int(rng.exponential(45 if state else 40)) + 1
        if not state:
            ok[i:i + L_run] = False
        i += L_run
        state = not state
    ok &= ~ect
    ibi_rows = []
    for k in range(1, len(beats)):
        if ok[k] and ok[k - 1]:
            ibi_rows.append((beats[k], beats[k] - beats[k - 1]))
    cov = sum(r[1] for r in ibi_rows) / D
    with open(os.path.join(folder, "IBI.csv"), "w") as f:
        f.write(f"{t0u:.6f}, IBI\n")
        for a, b in ibi_rows:
            f.write(f"{a:.6f},{b:.6f}\n")
    with open(os.path.join(folder, "BVP.csv"), "w") as f:
        f.write(f"{t0u:.2f}\n64.000000\n")
        np.savetxt(f, bvp, fmt="%.2f")
    # EDA (wrist): much smaller than palmar, electrode settling over the first minutes, pressure artefacts
    fe = 4.0
    ne = int(D * fe)
    te = np.arange(ne) / fe
    wf = person["wrist_factor"] * (0.3 if person["wrist_nonresponder"] else 1.0)
    eda_pal = np.interp(te, s["t"], s["eda"])
    base = person["scl0"] * person["wrist_factor"]
    eda = base + (eda_pal - person["scl0"]) * wf
    settle = 1 - np.exp(-te / rng.uniform(60, 300))
    eda = eda * (0.2 + 0.8 * settle)
    eda[0] = 0.0
    mwe = np.interp(te, s["t"], mw)
    art = np.zeros(ne)
    for i in np.nonzero((mwe > 1.2) & (rng.random(ne) < 0.08))[0]:
        L_a = int(rng.uniform(2, 12))
        art[i:i + L_a] += rng.choice([-1, 1]) * rng.uniform(0.2, 0.8) * base
    eda = np.maximum(0.0, eda + art + rng.standard_normal(ne) * 0.002)
    eda = np.round(eda / 0.000641) * 0.000641
    with open(os.path.join(folder, "EDA.csv"), "w") as f:
        f.write(f"{t0u:.6f}\n4.000000\n")
        np.savetxt(f, eda, fmt="%.6f")
    # TEMP
    temp = rng.uniform(31.5, 34) + 0.4 * pink_drift(rng, ne, 600.0, fe) - 0.25 * lag_fast(np.interp(te, s["t"], s["cry"]), 60.0, fe)
    temp = np.round(temp * 50) / 50
    with open(os.path.join(folder, "TEMP.csv"), "w") as f:
        f.write(f"{t0u:.6f}\n4.000000\n")
        np.savetxt(f, temp, fmt="%.2f")
    # ACC 32 Hz, 1/64 g
    fa = 32.0
    na = int(D * fa)
    ta = np.arange(na) / fa
    g = np.array([0.2, -0.6, 0.75])
    gvec = np.zeros((na, 3))
    pos = [0.0] + [c for c in np.nonzero(np.diff((mw > 1.4).astype(int)) == 1)[0] / FS]
    for a, b in zip(pos, pos[1:] + [D]):
        g = g + rng.normal(0, 0.25, 3)
        g = g / np.linalg.norm(g)
        gvec[int(a * fa):int(b * fa)] = g
    mwa = np.interp(ta, s["t"], mw)
    wk = np.interp(ta, s["t"], s["walk"])
    acc = gvec * 64
    for ax in range(3):
        acc[:, ax] += bandnoise(rng, na, 0.3, 8, fa) * 12 * mwa + wk * 20 * np.sin(2 * np.pi * 1.8 * ta + ax) + rng.standard_normal(na) * 0.6
    acc = np.clip(np.round(acc), -128, 127).astype(int)
    with open(os.path.join(folder, "ACC.csv"), "w") as f:
        f.write(f"{t0u:.6f}, {t0u:.6f}, {t0u:.6f}\n32.000000, 32.000000, 32.000000\n")
        np.savetxt(f, acc, fmt="%d", delimiter=",")
    # HR (device average, 1 Hz from 10 s)
    ths = np.arange(10, int(D))
    ib = np.diff(beats)
    hr_inst = np.interp(ths, beats[1:], 60 / ib)
    hr_dev = np.convolve(hr_inst, np.ones(10) / 10, mode="same")
    with open(os.path.join(folder, "HR.csv"), "w") as f:
        f.write(f"{t0u + 10:.6f}\n1.000000\n")
        np.savetxt(f, hr_dev, fmt="%.2f")
    open(os.path.join(folder, "tags.csv"), "w").close()
    with open(os.path.join(folder, "info.txt"), "w") as f:
        f.write(".csv files in this archive are in the following format:\nThe first row is the initial time of the session expressed as unix timestamp in UTC.\nThe second row is the sample rate expressed in Hz.\n")
    return cov


def write_polar(rng, path, s, person, D):
    beats = s["beats"]
    rr = np.diff(beats) * 1000.0
    bt = beats[1:]
    mot = np.interp(bt, s["t"], s["motion_c"])
    out_t, out_rr = [], []
    i = 0
    n_missed = n_split = n_drop = 0
    drops = []
    for _ in range(int(rng.integers(0, 4))):
        a = rng.uniform(60, D - 60)
        drops.append((a, a + rng.uniform(5, 30)))
    while i < len(rr):
        if any(a <= bt[i] < b for a, b in drops):
            i += 1
            n_drop += 1
            continue
        p_m = 0.002 + 0.03 * min(mot[i], 3)
        p_s = 0.001 + 0.01 * min(mot[i], 3)
        r = rng.random()
        if r < p_m and i + 1 < len(rr):
            out_t.append(bt[i + 1]); out_rr.append(rr[i] + rr[i + 1]); i += 2; n_missed += 1
            continue
        if r < p_m + p_s:
            f = rng.uniform(0.3, 0.7)
            out_t.append(bt[i] - rr[i] * (1 - f) / 1000); out_rr.append(rr[i] * f)
            out_t.append(bt[i]); out_rr.append(rr[i] * (1 - f)); i += 1; n_split += 1
            continue
        out_t.append(bt[i]); out_rr.append(rr[i]); i += 1
    # phone timestamps advance by the RR, as in Polar Sensor Logger exports (after a dropout: jump)
    with open(path, "w") as f:
        f.write("Phone timestamp;RR-interval [ms]\n")
        for tt, r in zip(out_t, out_rr):
            ts = START + timedelta(seconds=float(tt))
            f.write(ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts.microsecond // 1000:03d};{int(round(r))}\n")
    # the reader's time 0 is the first row's phone timestamp: truth and events are shifted by it
    return dict(missed=n_missed, split=n_split, dropped=n_drop, time_offset=float(out_t[0]))


# ----------------------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "out"))
    ap.add_argument("--seed", type=int, default=20261204)
    ap.add_argument("--only", default=None, help="device to generate (chest|wrist|rr)")
    a = ap.parse_args()
    for dev in ("chest", "wrist", "rr"):
        if a.only and dev != a.only:
            continue
        d = os.path.join(a.out, dev)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        for k in range(11):
            free = k >= 8
            seed = a.seed + {"chest": 0, "wrist": 1000, "rr": 2000}[dev] + k
            rng = np.random.default_rng(seed)
            D = rng.uniform(45, 60) * 60 if free else rng.uniform(30, 50) * 60
            person = draw_person(rng, dev)
            episodes, conf, events = make_schedule(rng, D, free, person)
            s = synth(rng, D, person, episodes, conf)
            name = f"{dev}-{'free' if free else 'ep'}-{k + 1:02d}"
            extra = {}
            if dev == "chest":
                rec = os.path.join(d, name + ".csv")
                write_chest(rng, rec, s, person, D)
            elif dev == "wrist":
                rec = os.path.join(d, name)
                extra["ibi_coverage"] = write_e4(rng, rec, s, person, D)
            else:
                rec = os.path.join(d, name + ".txt")
                extra.update(write_polar(rng, rec, s, person, D))
                off = extra["time_offset"]
                for e in episodes:
                    for key in ("onset", "peak", "end", "iv_time"):
                        if key in e:
                            e[key] -= off
                for c in conf:
                    c["t"] -= off
                events = [(tt - off, lab) for tt, lab in events]
            ev = None
            if events:
                ev = os.path.join(d, name + ".events.csv")
                with open(ev, "w") as f:
                    f.write("onset,label\n")
                    for tt, lab in events:
                        f.write(f"{tt:.2f},\"{lab}\"\n")
            truth = dict(name=name, device=dev, recording=os.path.relpath(rec, a.out),
                         events_file=os.path.relpath(ev, a.out) if ev else None, seed=seed, durationSec=D,
                         free=free, person={k2: (float(v) if not isinstance(v, (bool, np.bool_)) else bool(v)) for k2, v in person.items()},
                         episodes=episodes, confounders=conf, events=[dict(onset=tt, label=l) for tt, l in events], **extra)
            with open(os.path.join(d, name + ".truth.json"), "w") as f:
                json.dump(truth, f, indent=1, default=float)
            print(name, f"{D / 60:.1f} min", len(episodes), "episodes",
                  [(round(e["onset"]), round(e["buildup"]), e["outcome"][:3]) for e in episodes], extra, flush=True)


if __name__ == "__main__":
    main()
