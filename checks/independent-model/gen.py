#!/usr/bin/env python3
"""Independent session generator for checking the Lacrima crying-episode detector.

Written from the public literature only (see brief); no detector/simulator source was read.

Model: two latent axes at 4 Hz
  S(t)  sympathetic arousal in "episode units" (1.0 = a typical crying build-up peak)
  V(t)  vagal tone as a deviation of ln(RSA power) in ln(ms^2) units (0 = session resting level)
plus explicit confounder processes (HR transients, SCR triggers, breathing modes, limb/trunk motion).
Each device is rendered from the latent state with its own gains, lags and noise.

Usage:
  python3 gen.py OUTDIR                 # default run set (see RUNSET at bottom)
  python3 gen.py OUTDIR --one SEED MODALITY {episodes|free} [MINUTES]
"""
import json, os, sys, math, datetime
import numpy as np
from scipy.signal import butter, sosfiltfilt, lfilter

FS = 4.0            # latent grid (Hz)
PREF = 0.25         # reference breathing frequency for RSA scaling (Hz)


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
def lag1(x, tau, fs=FS):
    """first-order lag (causal low-pass) with time constant tau seconds"""
    if tau <= 0:
        return x.copy()
    a = math.exp(-1.0 / (tau * fs))
    y = lfilter([1 - a], [1, -a], x - x[0]) + x[0]
    return y


def ou(rng, n, sigma, tau, fs=FS):
    """Ornstein-Uhlenbeck process: slow spontaneous fluctuations"""
    a = math.exp(-1.0 / (tau * fs))
    e = rng.normal(0, sigma * math.sqrt(1 - a * a), n)
    return lfilter([1], [1, -a], e)


def bandnoise(rng, n, fs, lo, hi, sd):
    x = rng.normal(0, 1, n)
    sos = butter(2, [lo, hi], btype="band", fs=fs, output="sos")
    y = sosfiltfilt(sos, x)
    s = y.std()
    return y / (s if s > 0 else 1) * sd


def loguniform(rng, a, b):
    return float(math.exp(rng.uniform(math.log(a), math.log(b))))


def transient(t, t0, rise, decay):
    """0 before t0; rises with time constant `rise`, decays with `decay` (alpha-like, peak 1)"""
    x = np.clip(t - t0, 0, None)
    y = (1 - np.exp(-x / rise)) * np.exp(-x / decay)
    m = y.max()
    return y / m if m > 0 else y


def window(t, a, b, ramp):
    """smooth box from a to b with cosine ramps of `ramp` s"""
    up = np.clip((t - a) / ramp, 0, 1)
    dn = np.clip((b - t) / ramp, 0, 1)
    return (0.5 - 0.5 * np.cos(np.pi * up)) * (0.5 - 0.5 * np.cos(np.pi * dn))


# ----------------------------------------------------------------------------------------------
# session plan
# ----------------------------------------------------------------------------------------------
OUTCOMES = ["resolved", "sustained", "subsided"]


def plan_episode(rng):
    """Draws one episode (times relative to its onset)."""
    outcome = OUTCOMES[rng.integers(3)]
    # build-up length log-uniform 30 s - 8 min (brief; "bouts from ~20 s of build-up to many minutes",
    # and "a minute or two of deep crying can be enough" - Von Glahn 2012 via DESIGN.md)
    B = loguniform(rng, 30, 480)
    A = rng.uniform(0.75, 1.3)          # amplitude in episode units (HR rise 7-15 bpm at gain ~10 bpm/unit)
    ep = dict(outcome=outcome, buildup_s=round(B, 1), amplitude=round(A, 3),
              shape_p=round(rng.uniform(1.0, 2.2), 2),
              # brief HR slowing just before tears (Sharman et al. 2020: HR slowed briefly before tears)
              pretear_dip_bpm=round(float(rng.uniform(2, 5)) if rng.random() < 0.5 else 0.0, 2),
              # vagal withdrawal during build-up (Gross 1994 / DESIGN: RSA falls); ln(ms^2) per unit S
              vagal_withdrawal=round(rng.uniform(0.4, 1.0), 2))
    if outcome == "resolved":
        # "half the excess gone within about a minute": half-life 15-60 s (DESIGN table)
        ep["half_life_s"] = round(rng.uniform(15, 60), 1)
        # settles at or below pre-episode level
        ep["residual"] = round(rng.uniform(-0.15, 0.03), 3)
        # vagal rebound kinds (Rottenberg et al. 2003: immediate; can be delayed or weak - brief)
        kind = rng.choice(["immediate", "delayed", "weak"], p=[0.4, 0.3, 0.3])
        ep["rebound_kind"] = str(kind)
        ep["rebound_delay_s"] = round(float(rng.uniform(0, 20) if kind != "delayed" else rng.uniform(60, 150)), 1)
        ep["rebound_lnrsa"] = round(float(rng.uniform(0.1, 0.25) if kind == "weak" else rng.uniform(0.5, 1.1)), 2)
        # effects fade within ~4 min of onset (Hendriks et al. 2007): decay tau 50-100 s
        ep["rebound_fade_tau_s"] = round(rng.uniform(50, 100), 1)
        ep["crying_after_peak_s"] = round(rng.uniform(30, 100), 1)
        post = rng.uniform(240, 330)
        if kind == "delayed":
            post += ep["rebound_delay_s"]
        ep["post_s"] = post
    elif outcome == "sustained":
        # overwhelm: stays high >= 4 min past the peak, repeated sobbing waves (DESIGN table)
        ep["plateau_s"] = round(rng.uniform(270, 540), 1)
        ep["escalation"] = round(float(rng.uniform(0.1, 0.35)) if rng.random() < 0.35 else 0.0, 3)
        ep["decline_tau_s"] = round(rng.uniform(80, 180), 1)
        ep["post_s"] = ep["plateau_s"] + 2.5 * ep["decline_tau_s"]
    else:
        # cut short before its peak; drifts down over minutes without fast drop or rebound, residue
        # arousal reached before the build-up stops: 50-85 % of the planned peak (a noticeable build-up
        # that does not complete); the cut time follows from the build-up shape
        ep["reached_fraction"] = round(rng.uniform(0.5, 0.85), 3)
        ep["cut_fraction"] = round(ep["reached_fraction"] ** (1.0 / ep["shape_p"]), 3)
        ep["drift_tau_s"] = round(rng.uniform(120, 260), 1)
        ep["residue"] = round(rng.uniform(0.15, 0.4), 3)          # share of the reached excess that lingers
        ep["interrupted"] = bool(rng.random() < 0.6)
        ep["paced_breathing_s"] = round(float(rng.uniform(60, 180)), 1) if ep["interrupted"] else 0.0
        ep["post_s"] = 3.0 * ep["drift_tau_s"] + 60
    return ep


def plan_session(rng, kind, minutes=None):
    conf = []   # confounders: dict(type, start, end)
    eps = []
    if kind == "free":
        dur = (minutes or 60) * 60.0
        t = 0.0
        opening = rng.uniform(180, 330) if rng.random() < 0.7 else rng.uniform(50, 100)
        conf += fill_gap(rng, opening, dur - 60, dense=True)
        conf += opening_events(rng, opening)
        return dict(duration=dur, episodes=[], confounders=conf)
    n = int(rng.integers(2, 7))
    proto = [plan_episode(rng) for _ in range(n)]
    opening = rng.uniform(180, 330) if rng.random() < 0.7 else rng.uniform(50, 100)
    gaps = [rng.uniform(150, 480) for _ in range(n)]
    tail = rng.uniform(120, 300)
    def total(pr, gp):
        return opening + sum(g + e["buildup_s"] * (e.get("cut_fraction", 1.0)) + e["post_s"] for g, e in zip(gp, pr)) + tail
    while total(proto, gaps) > 3600 and len(proto) > 2:
        proto.pop(); gaps.pop()
    while total(proto, gaps) > 3600:
        gaps = [max(90, g * 0.8) for g in gaps]
        if all(g <= 90 for g in gaps):
            break
    dur = max(1800.0, min(3600.0, total(proto, gaps)))
    t = opening
    conf += opening_events(rng, opening)
    for g, e in zip(gaps, proto):
        conf += fill_gap(rng, t, t + g, dense=False)
        t += g
        e["onset"] = t
        t += e["buildup_s"] * e.get("cut_fraction", 1.0) + e["post_s"]
        eps.append(e)
    conf += fill_gap(rng, t, dur - 20, dense=False)
    return dict(duration=dur, episodes=eps, confounders=conf)


def opening_events(rng, opening):
    # a calm opening (research-style resting start) still has the odd sigh or posture shift
    ev = []
    for _ in range(rng.poisson(opening / 150)):
        t = rng.uniform(10, opening - 10)
        ty = "sigh" if rng.random() < 0.6 else "posture"
        ev.append(dict(type=ty, start=round(t, 1), end=round(t + (4 if ty == "sigh" else rng.uniform(2, 6)), 1)))
    return ev


def fill_gap(rng, a, b, dense):
    """Everyday therapy-room confounders between episodes (brief): speech, posture shifts, laughs,
    sighs, startles, standing up and walking."""
    ev = []
    t = a
    talk_share = rng.uniform(0.5, 0.8) if dense else rng.uniform(0.35, 0.65)
    while t < b - 20:
        if rng.random() < talk_share:
            d = rng.uniform(30, 200)
            d = min(d, b - t)
            ev.append(dict(type="talking", start=round(t, 1), end=round(t + d, 1)))
            t += d
        else:
            t += rng.uniform(20, 90)   # listening / silence
    span = (b - a) / 600.0
    rate = dict(posture=1.5, laugh=1.0, sigh=1.2, startle=0.15, walk=0.25) if not dense else \
        dict(posture=2.0, laugh=1.5, sigh=1.5, startle=0.3, walk=0.5)
    for ty, r in rate.items():
        for _ in range(rng.poisson(r * span)):
            t0 = rng.uniform(a + 5, max(a + 6, b - 200 if ty == "walk" else b - 15))
            d = dict(posture=rng.uniform(2, 6), laugh=rng.uniform(3, 12), sigh=4.0, startle=2.0,
                     walk=rng.uniform(40, 180))[ty]
            ev.append(dict(type=ty, start=round(t0, 1), end=round(t0 + d, 1)))
    return ev


# ----------------------------------------------------------------------------------------------
# latent physiology
# ----------------------------------------------------------------------------------------------
def build_latent(rng, plan):
    dur = plan["duration"]
    n = int(dur * FS)
    t = np.arange(n) / FS
    L = dict(t=t,
             S=np.zeros(n),            # episode sympathetic arousal (episode units)
             Vep=np.zeros(n),          # episode vagal (ln RSA)
             hr_extra=np.zeros(n),     # bpm from confounders / pre-tear dip / rebound
             sob=np.zeros(n),          # probability of a sobbing breath
             talk=np.zeros(n), laugh=np.zeros(n), walk=np.zeros(n), paced=np.zeros(n),
             rate_extra=np.zeros(n),   # breaths/min
             Vconf=np.zeros(n),
             temp_drop=np.zeros(n))
    scr_triggers = []   # (time, relative amplitude)
    motion = []         # (type, start, end, intensity)
    events = []         # therapist marks (intervention)
    truth_eps = []

    for e in plan["episodes"]:
        on = e["onset"]; B = e["buildup_s"]; A = e["amplitude"]; p = e["shape_p"]
        out = e["outcome"]
        x = (t - on) / B
        g = np.where((x > 0) & (x <= 1), np.clip(x, 0, 1) ** p, 0.0)
        # onset: the client starts to feel it; smooth start of the rise
        if out == "subsided":
            cf = e["cut_fraction"]
            tp = on + cf * B
            Sp = A * cf ** p
            xs = np.where(t <= tp, g * A, 0.0)
            dt = t - tp
            res = e["residue"] * Sp
            after = np.where(dt > 0, res + (Sp - res) * np.exp(-dt / e["drift_tau_s"]), 0.0)
            # the residue itself fades over ~10 min
            after = np.where(dt > 0, after - res * (1 - np.exp(-dt / 600.0)), 0.0)
            s = np.where(t <= tp, xs, after)
            end = tp + e["drift_tau_s"] * math.log((Sp - res) / (0.1 * Sp)) if Sp > res else tp + 120
            if e["interrupted"]:
                # therapist's calming intervention during the build-up (DESIGN: interrupted)
                ti = tp - rng.uniform(0, 15)
                events.append(dict(onset=round(ti, 1), label="intervention: calming, slow breathing"))
                e["intervention_sec"] = round(ti, 1)
                pa = window(t, ti + 5, ti + 5 + e["paced_breathing_s"], 10)
                L["paced"] = np.maximum(L["paced"], pa)
                # paced slow breathing raises vagal tone without a release (brief); ln RSA +0.3..0.6
                L["Vconf"] += rng.uniform(0.3, 0.6) * pa
            sob_w = window(t, on + 0.6 * (tp - on), tp + 10, 10) * 0.3
            peak = tp
        elif out == "resolved":
            tp = on + B
            tau = e["half_life_s"] / math.log(2)
            dt = t - tp
            r = e["residual"] * A
            after = np.where(dt > 0, r + (A - r) * np.exp(-dt / tau), 0.0)
            after = np.where(dt > 0, after - r * (1 - np.exp(-dt / 300.0)), 0.0)  # undershoot fades
            s = np.where(t <= tp, g * A, after)
            end = tp + tau * math.log(10)
            # vagal rebound: RSA above pre-episode (Rottenberg 2003), fading (Hendriks 2007)
            t0 = tp + e["rebound_delay_s"]
            reb = e["rebound_lnrsa"] * transient(t, t0, 25.0, e["rebound_fade_tau_s"])
            L["Vep"] += reb
            # HR can dip below baseline with the rebound (DESIGN P-phase): ~2-4 bpm per ln unit
            L["hr_extra"] -= rng.uniform(2, 4) * reb
            sob_w = window(t, on + 0.6 * B, tp + e["crying_after_peak_s"], 8) * 0.7
            peak = tp
        else:
            tp = on + B
            P = e["plateau_s"]
            dt = t - tp
            waves = np.zeros(n)
            tw = tp + rng.uniform(10, 40)
            while tw < tp + P:   # repeated sobbing waves, 40-120 s apart
                waves += transient(t, tw, 6, 20)
                tw += rng.uniform(40, 120)
            plat = A * (1 + e["escalation"] * np.clip(dt / P, 0, 1)) + 0.15 * A * waves
            aP = A * (1 + e["escalation"])
            dec = aP * np.exp(-(dt - P) / e["decline_tau_s"])
            s = np.where(t <= tp, g * A, np.where(dt <= P, plat, dec))
            end = tp + P + e["decline_tau_s"] * math.log(10)
            sob_w = window(t, on + 0.6 * B, tp + P, 15) * (0.35 + 0.5 * np.clip(waves, 0, 1))
            peak = tp
        L["S"] += s
        # vagal withdrawal tracks arousal during S-phase (Gross 1994; DESIGN: RSA falls)
        L["Vep"] -= e["vagal_withdrawal"] * np.clip(s, 0, None)
        L["sob"] = np.maximum(L["sob"], sob_w)
        if e["pretear_dip_bpm"] > 0:
            L["hr_extra"] -= e["pretear_dip_bpm"] * np.exp(-0.5 * ((t - (peak - 15)) / 6.0) ** 2)
        # crying raises breathing activity only modestly (Gross 1994 up; Sharman 2020 stable): +0..1.5/min
        L["rate_extra"] += rng.uniform(0, 1.5) * np.clip(s, 0, None)
        # finger/skin temperature falls during crying (Gross 1994): °C per unit, applied with lag later
        L["temp_drop"] += np.clip(s, 0, None)
        # wiping tears / reaching for a tissue near the peak (wrist moves)
        for _ in range(rng.poisson(1.2)):
            tw = peak + rng.uniform(-30, 90)
            motion.append(("wipe", tw, tw + rng.uniform(2, 6), rng.uniform(0.6, 1.2)))
            plan["confounders"].append(dict(type="wipe_tears", start=round(tw, 1), end=round(tw + 4, 1), in_episode=True))
        truth_eps.append(dict(onset=round(on, 1), peak=round(peak, 1), end=round(min(end, dur), 1),
                              outcome=out, interrupted=bool(e.get("interrupted", False)),
                              buildup_s=round(peak - on, 1),
                              params={k: v for k, v in e.items() if k not in ("onset", "post_s")}))

    for c in plan["confounders"]:
        ty, a, b = c["type"], c["start"], c["end"]
        if ty == "talking":
            # speech: small HR rise (+2..6 bpm), SCRs, speech breathing, gestures
            w = window(t, a, b, 4)
            L["talk"] = np.maximum(L["talk"], w)
            L["hr_extra"] += rng.uniform(2, 6) * lag1(w, 8)
            L["Vconf"] -= 0.15 * w
            scr_triggers.append((a + rng.uniform(0.5, 3), rng.uniform(0.5, 1.2)))
            for _ in range(rng.poisson((b - a) / 60 * 1.2)):
                scr_triggers.append((rng.uniform(a, b), rng.uniform(0.3, 1.0)))
            tg = a
            while tg < b:
                tg += rng.exponential(12)
                if tg < b:
                    motion.append(("gesture", tg, tg + rng.uniform(0.5, 3), rng.uniform(0.3, 1.0)))
        elif ty == "laugh":
            w = window(t, a, b, 1)
            L["laugh"] = np.maximum(L["laugh"], w)
            L["hr_extra"] += rng.uniform(5, 12) * transient(t, a, 3, 15)
            scr_triggers.append((a + 1.5, rng.uniform(1.0, 2.0)))
            motion.append(("laugh", a, b, rng.uniform(0.4, 1.0)))
        elif ty == "sigh":
            scr_triggers.append((a + 2.0, rng.uniform(0.6, 1.5)) if rng.random() < 0.7 else (a, 0))
        elif ty == "startle":
            L["hr_extra"] += rng.uniform(8, 15) * transient(t, a, 1.0, 8)
            scr_triggers.append((a + 1.5, rng.uniform(2.0, 4.0)))
            motion.append(("startle", a, a + 0.5, rng.uniform(1.0, 1.5)))
        elif ty == "posture":
            L["hr_extra"] += rng.uniform(3, 8) * transient(t, a, 2, 12)
            if rng.random() < 0.4:
                scr_triggers.append((a + 2, rng.uniform(0.4, 1.0)))
            motion.append(("posture", a, b, rng.uniform(0.7, 1.3)))
        elif ty == "walk":
            # standing up and walking: HR up 10-25 bpm within seconds (brief), vagal withdrawal
            w = window(t, a, b, 3)
            L["walk"] = np.maximum(L["walk"], w)
            up = rng.uniform(10, 25)
            L["hr_extra"] += up * lag1(w, 6)
            L["hr_extra"] += rng.uniform(0.3, 0.6) * up * (lag1(w, 40) - lag1(w, 6)).clip(0)  # slower recovery
            L["Vconf"] -= 0.5 * lag1(w, 10)
            L["rate_extra"] += rng.uniform(3, 6) * lag1(w, 10)
            scr_triggers.append((a + 2, rng.uniform(0.8, 1.5)))
            motion.append(("stand", a, a + 3, 1.3))
            motion.append(("walk", a + 3, b - 3, rng.uniform(0.8, 1.2)))
            motion.append(("stand", b - 3, b, 1.0))
    return L, scr_triggers, motion, events, truth_eps


# ----------------------------------------------------------------------------------------------
# respiration (breath by breath, 25 Hz)
# ----------------------------------------------------------------------------------------------
def make_breathing(rng, L, base_rate, fs=25.0):
    t4 = L["t"]; dur = t4[-1] + 1 / FS
    n = int(dur * fs)
    vol = np.zeros(n)
    tb = 0.0
    breaths = []
    def at(arr, tt):
        return arr[min(len(arr) - 1, int(tt * FS))]
    conf = L["_conf"]
    sigh_times = sorted(c["start"] for c in conf if c["type"] == "sigh")
    startle_times = sorted(c["start"] for c in conf if c["type"] == "startle")
    si = 0; st = 0
    while tb < dur - 1:
        rate = base_rate + at(L["rate_extra"], tb) + rng.normal(0, 0.8)
        per = 60.0 / max(rate, 4)
        vt = rng.lognormal(0, 0.15)
        mode = "normal"
        if at(L["walk"], tb) > 0.5:
            mode = "walk"; vt *= 1.5
        elif at(L["laugh"], tb) > 0.5:
            mode = "laugh"
        elif si < len(sigh_times) and sigh_times[si] <= tb + per:
            mode = "sigh"; si += 1
        elif st < len(startle_times) and startle_times[st] <= tb + per:
            mode = "gasp"; st += 1
        elif at(L["paced"], tb) > 0.5:
            mode = "paced"; per = rng.uniform(9, 11); vt *= 1.8   # ~6/min slow paced breathing
        elif rng.random() < at(L["sob"], tb):
            mode = "sob"
        elif at(L["talk"], tb) > 0.5 and rng.random() < 0.85:
            mode = "talk"
        ti_ = 0.42 * per
        if mode == "talk":
            # speech breathing: quick inspiration 0.4-0.7 s, long expiration 2-6 s
            ti_ = rng.uniform(0.4, 0.7); per = ti_ + rng.uniform(2.0, 6.0); vt *= rng.uniform(0.8, 1.4)
        elif mode == "sigh":
            ti_ = rng.uniform(1.8, 2.6); per = ti_ + rng.uniform(3.5, 5.5); vt *= rng.uniform(2.2, 3.0)
        elif mode == "gasp":
            ti_ = 0.4; per = rng.uniform(2.5, 3.5); vt *= 1.8
        elif mode == "laugh":
            ti_ = rng.uniform(0.5, 0.9); per = ti_ + rng.uniform(1.5, 3.5); vt *= rng.uniform(1.0, 1.6)
        elif mode == "sob":
            # sobbing: convulsive, jerky inspirations, irregular timing (Gross 1994: respiration up)
            per = per * rng.uniform(0.6, 1.4); ti_ = 0.45 * per; vt *= rng.uniform(0.7, 1.8)
        k0 = int(tb * fs); ki = max(2, int(ti_ * fs)); kp = max(ki + 2, int(per * fs))
        k1 = min(n, k0 + kp)
        if k0 >= n:
            break
        u = np.arange(k1 - k0) / fs
        insp = u < ti_
        y = np.empty(len(u))
        if mode == "sob":
            # 3-5 quick inspiratory catches
            m = int(rng.integers(3, 6))
            steps = np.clip(u / ti_, 0, 1) * m
            y_in = (np.floor(steps) + 0.5 - 0.5 * np.cos(np.pi * (steps - np.floor(steps)))) / m
            y[insp] = vt * np.clip(y_in[insp], 0, 1)
        else:
            y[insp] = vt * (0.5 - 0.5 * np.cos(np.pi * u[insp] / ti_))
        ue = u[~insp] - ti_
        te = max(per - ti_, 0.3)
        ex = vt * np.exp(-ue / (0.28 * te))
        if mode == "laugh":
            # rapid expiratory pulses ~5 Hz ("ha-ha")
            ex = vt * np.clip(1 - ue / (0.8 * te), 0, 1) + 0.12 * vt * np.sin(2 * np.pi * 5 * ue) * (ue < 0.8 * te)
        elif mode == "talk":
            ex = vt * np.clip(1 - ue / (0.95 * te), 0, 1) ** 0.8 + 0.03 * vt * np.sin(2 * np.pi * 4 * ue)
        y[~insp] = ex
        vol[k0:k1] = y[: k1 - k0]
        breaths.append((tb, per, mode, vt))
        tb += per
    return vol, breaths


# ----------------------------------------------------------------------------------------------
# heart: beats by integral pulse frequency modulation
# ----------------------------------------------------------------------------------------------
def make_beats(rng, L, vol, vol_fs, sess):
    t4 = L["t"]; n4 = len(t4)
    fs = 50.0
    dur = n4 / FS
    tt = np.arange(int(dur * fs)) / fs
    S_lag = lag1(L["S"], 4.0)                 # HR follows sympathetic drive within seconds
    hr = (sess["hr0"] + sess["g_hr"] * S_lag + L["hr_extra"] + L["hr_drift"])
    V = L["Vep"] + L["Vconf"] + L["v_drift"]
    # RSA amplitude (HR peak-to-peak, bpm) scales with vagal tone: ln-power +1 -> amplitude x e^0.5
    rsa_pp = sess["rsa0"] * np.exp(V / 2.0)
    # RSA is larger at slow breathing (respiratory frequency dependence of RSA; Porges & Bohrer 1990)
    rsa_pp = rsa_pp * (1 + 0.9 * L["paced"])
    hr_f = np.interp(tt, t4, hr)
    rsa_f = np.interp(tt, t4, rsa_pp)
    v = np.interp(tt - 0.5, np.arange(len(vol)) / vol_fs, vol)   # HR peaks near end-inspiration
    vn = (v - sosfiltfilt(butter(2, 0.03, fs=fs, output="sos"), v))
    # Mayer-wave (~0.1 Hz) baroreflex fluctuation: ~1-2 bpm
    mayer = bandnoise(rng, len(tt), fs, 0.07, 0.13, sess["mayer"])
    inst = np.clip(hr_f + rsa_f * vn + mayer, 35, 190)
    phase = np.cumsum(inst / 60.0) / fs
    k = np.arange(1, int(phase[-1]))
    beats = np.interp(k, phase, tt)
    beats = beats + rng.normal(0, 0.004, len(beats))
    beats.sort()
    # premature atrial beats (physiological ectopy, a few per hour)
    n_ect = rng.poisson(sess["ectopic_per_h"] * dur / 3600)
    idx = rng.choice(np.arange(5, len(beats) - 5), size=min(n_ect, len(beats) - 10), replace=False)
    ectopic = []
    for i in sorted(idx):
        rr = beats[i] - beats[i - 1]
        beats[i] = beats[i - 1] + rr * rng.uniform(0.6, 0.75)
        ectopic.append(float(beats[i]))
    return beats, ectopic


# ----------------------------------------------------------------------------------------------
# EDA
# ----------------------------------------------------------------------------------------------
def scr_list(rng, L, triggers, sess):
    """SCR onsets: nonspecific (1-3/min at rest, more with arousal) + confounder-triggered.
    Amplitudes lognormal; arousal raises both frequency and amplitude (Dawson et al. 2007)."""
    t4 = L["t"]; dur = len(t4) / FS
    Sx = np.clip(L["S"] + 0.3 * L["s_drift"], 0, None)
    lam = sess["ns_scr_per_min"] / 60 + (6.0 / 60) * Sx      # up to ~7-9/min at an episode peak
    u = rng.random(len(t4)) < lam / FS
    out = [(float(t4[i]) + rng.uniform(1, 3), float(rng.lognormal(0, 0.5) * (1 + 0.8 * Sx[i]))) for i in np.nonzero(u)[0]]
    for (tt, a) in triggers:
        if a > 0:
            out.append((tt + rng.uniform(0.5, 2.0), float(a * rng.lognormal(0, 0.3))))
    return out


def render_eda(rng, L, scrs, fs, scl0, gain, scr_unit, tau_tonic, sess):
    t4 = L["t"]
    n = int(len(t4) / FS * fs)
    tt = np.arange(n) / fs
    S = L["S"] + L["s_drift"] + 0.25 * L["talk"]
    tonic4 = scl0 + gain * lag1(S, tau_tonic) + sess["scl_trend"] * t4 / 3600
    tonic = np.interp(tt, t4, tonic4)
    ph = np.zeros(n)
    # Bateman-like SCR: rise 0.5-5 s, lasting 10-30 s (DESIGN / Benedek & Kaernbach 2010)
    k = np.arange(int(40 * fs)) / fs
    for (t0, a) in scrs:
        t1 = rng.uniform(0.6, 1.0); t2 = rng.uniform(3.0, 7.0)
        ker = np.exp(-k / t2) - np.exp(-k / t1)
        ker /= ker.max()
        i0 = int(t0 * fs)
        if i0 >= n:
            continue
        m = min(len(ker), n - i0)
        ph[i0:i0 + m] += a * scr_unit * ker[:m]
    return tonic + ph


# ----------------------------------------------------------------------------------------------
# motion (accelerometer in g, 3 axes, at fs)
# ----------------------------------------------------------------------------------------------
def render_motion(rng, motion, dur, fs, wrist):
    n = int(dur * fs)
    tt = np.arange(n) / fs
    g0 = np.array([-0.15, 0.3, 0.94]) if wrist else np.array([0.05, -0.98, 0.1])
    g0 = g0 / np.linalg.norm(g0)
    grav = np.tile(g0, (n, 1))
    dyn = np.zeros((n, 3))
    mag = np.zeros(n)   # motion intensity envelope
    for (ty, a, b, inten) in sorted(motion, key=lambda m: m[1]):
        i0 = max(0, int(a * fs)); i1 = min(n, max(i0 + 2, int(b * fs)))
        if i0 >= n:
            continue
        m = i1 - i0
        if ty == "walk":
            f = rng.uniform(1.7, 2.0)   # step frequency
            u = np.arange(m) / fs
            amp = (0.35 if wrist else 0.25) * inten
            dyn[i0:i1, 0] += amp * np.sin(2 * np.pi * f / 2 * u) * (1 if wrist else 0.3)   # arm swing (stride)
            dyn[i0:i1, 1] += amp * 0.8 * np.abs(np.sin(np.pi * f * u)) ** 3                # heel strikes
            dyn[i0:i1, 2] += amp * 0.3 * np.sin(2 * np.pi * f * u + 1)
            mag[i0:i1] = np.maximum(mag[i0:i1], 1.0)
        else:
            lo, hi, sd = dict(gesture=(0.5, 3, 0.12), laugh=(2, 6, 0.08), startle=(3, 10, 0.6),
                              posture=(0.3, 2, 0.25), wipe=(0.5, 3, 0.25), stand=(0.3, 3, 0.4))[ty]
            if not wrist:
                sd *= dict(gesture=0.15, laugh=0.8, startle=0.6, posture=0.8, wipe=0.2, stand=1.0)[ty]
            m2 = max(m, int(2 * fs))
            i1 = min(n, i0 + m2); m = i1 - i0
            x = bandnoise(rng, max(m, 16), fs, lo, min(hi, fs / 2 - 1), sd * inten)[:m]
            env = np.sin(np.pi * np.arange(m) / max(m - 1, 1))
            for ax in range(3):
                dyn[i0:i1, ax] += x * env * rng.uniform(0.5, 1.0) * rng.choice([-1, 1])
            mag[i0:i1] = np.maximum(mag[i0:i1], min(1.0, sd * inten / 0.25))
            if ty in ("posture", "stand", "wipe" if wrist else "none"):
                # new orientation afterwards
                gnew = grav[i0] + rng.normal(0, 0.35 if ty != "wipe" else 0.2, 3)
                gnew /= np.linalg.norm(gnew)
                if ty == "wipe":   # hand returns to rest
                    pass
                else:
                    w = np.clip(np.arange(n - i0) / max(m, 1), 0, 1)[:, None]
                    grav[i0:] = grav[i0:] * (1 - w) + gnew * w
    # tremor / micro-movement floor
    acc = grav + dyn + rng.normal(0, 0.006, (n, 3))
    return acc, mag


# ----------------------------------------------------------------------------------------------
# device renderers
# ----------------------------------------------------------------------------------------------
def ecg_from_beats(rng, beats, ectopic, dur, fs, vol, vol_fs, motion_mag, L):
    n = int(dur * fs)
    x = np.zeros(n)
    kk = np.arange(int(-0.3 * fs), int(0.6 * fs))
    u = kk / fs
    vi = np.interp(beats, np.arange(len(vol)) / vol_fs, vol)
    vi = (vi - vi.mean()) / (vi.std() + 1e-9)
    amp_r = rng.uniform(0.9, 1.6)
    for j, b in enumerate(beats):
        rr = beats[j] - beats[j - 1] if j > 0 else 0.8
        qt = 0.25 * math.sqrt(max(rr, 0.3))   # Bazett-like T timing
        a = amp_r * (1 + 0.07 * vi[j])       # respiratory amplitude modulation
        tpl = (0.12 * np.exp(-0.5 * ((u + 0.16) / 0.025) ** 2) - 0.1 * np.exp(-0.5 * ((u + 0.025) / 0.008) ** 2)
               + 1.0 * np.exp(-0.5 * (u / 0.010) ** 2) - 0.25 * np.exp(-0.5 * ((u - 0.027) / 0.009) ** 2)
               + 0.28 * np.exp(-0.5 * ((u - qt) / 0.05) ** 2))
        i = int(round(b * fs)) + kk
        ok = (i >= 0) & (i < n)
        x[i[ok]] += a * tpl[ok]
    tt = np.arange(n) / fs
    wander = 0.08 * np.interp(tt, np.arange(len(vol)) / vol_fs, vol) + bandnoise(rng, n, fs, 0.01, 0.3, 0.05)
    emg_env = np.interp(tt, L["t"], np.clip(L["talk"] * 0.3 + L["laugh"] + L["sob"], 0, 1.5))
    emg = bandnoise(rng, n, fs, 20, 100, 1.0) * (0.008 + 0.035 * emg_env)
    mot = bandnoise(rng, n, fs, 0.5, 8, 1.0) * 0.25 * np.interp(tt, np.arange(len(motion_mag)) / 32.0, motion_mag)
    mains = 0.01 * np.sin(2 * np.pi * 50 * tt + rng.uniform(0, 6))
    return x + wander + emg + mot + mains + rng.normal(0, 0.012, n)


def bvp_from_beats(rng, beats, dur, fs, L, sess, motion_mag, acc):
    n = int(dur * fs)
    x = np.zeros(n)
    ptt = rng.uniform(0.2, 0.3)             # pulse arrival time at the wrist
    kk = np.arange(0, int(1.0 * fs)); u = kk / fs
    vc = np.interp(beats, L["t"], lag1(L["S"], 8.0))  # vasoconstriction lowers pulse amplitude
    for j, b in enumerate(beats):
        rr = beats[j + 1] - b if j + 1 < len(beats) else 0.8
        a = sess["bvp_amp"] * (1 - 0.2 * np.clip(vc[j], 0, 1.5)) * rng.lognormal(0, 0.05)
        sc = min(1.0, rr / 0.85)
        tpl = (np.exp(-0.5 * ((u - 0.12 * sc) / (0.045 * sc)) ** 2) + 0.35 * np.exp(-0.5 * ((u - 0.32 * sc) / (0.06 * sc)) ** 2))
        tpl[u > rr] = 0
        i = int(round((b + ptt) * fs)) + kk
        ok = (i >= 0) & (i < n)
        x[i[ok]] += a * tpl[ok]
    x = x - sosfiltfilt(butter(2, 0.4, fs=fs, output="sos"), x)      # E4 BVP is AC-coupled
    tt = np.arange(n) / fs
    mm = np.interp(tt, np.arange(len(motion_mag)) / 32.0, motion_mag)
    ax = np.interp(tt, np.arange(len(acc)) / 32.0, acc[:, 0] - np.median(acc[:, 0]))
    motion_noise = bandnoise(rng, n, fs, 0.5, 8, 1.0) * sess["bvp_amp"] * 1.5 * mm + 200 * ax * (mm > 0.1)
    return x + motion_noise + rng.normal(0, sess["bvp_amp"] * 0.03, n)


def write_e4(rng, outdir, sess_id, L, plan, sess, beats, ectopic, vol, vol_fs, scrs, motion, start_unix):
    d = os.path.join(outdir, sess_id)
    os.makedirs(d, exist_ok=True)
    dur = plan["duration"]
    acc, mag = render_motion(rng, motion, dur, 32.0, wrist=True)
    # wrist EDA: weak (tenths of a µS), electrode settling drift over the first minutes (brief)
    eda = render_eda(rng, L, scrs, 4.0, sess["scl0_w"], sess["g_eda_w"], sess["scr_unit_w"], 20.0, sess)
    t = np.arange(len(eda)) / 4.0
    settle = 1 - sess["settle_frac"] * np.exp(-t / sess["settle_tau"])
    eda = eda * settle
    # contact artefacts with wrist movement: brief drops / spikes
    m4 = np.interp(t, np.arange(len(mag)) / 32.0, mag)
    for i in np.nonzero((m4 > 0.6) & (rng.random(len(m4)) < 0.02))[0]:
        w = int(rng.integers(2, 12))
        eda[i:i + w] *= rng.uniform(0.3, 1.6)
    eda = np.clip(eda + rng.normal(0, 0.003, len(eda)), 0, None)
    bvp = bvp_from_beats(rng, beats, dur, 64.0, L, sess, mag, acc)
    # skin temperature: warms up to the wrist over ~5 min, falls slightly with arousal (Gross 1994)
    temp = sess["temp0"] - 2.5 * np.exp(-t / 240) - sess["g_temp"] * lag1(L["temp_drop"], 60.0)[: len(t)] \
        + ou(rng, len(t), 0.05, 300)
    temp = np.round(temp, 2)
    hdr = f"{start_unix:.6f}"
    def w1(name, arr, rate, fmt):
        with open(os.path.join(d, name), "w") as f:
            f.write(f"{hdr}\n{rate:.6f}\n")
            f.write("\n".join(fmt % v for v in arr)); f.write("\n")
    w1("EDA.csv", eda, 4.0, "%.6f")
    with open(os.path.join(d, "BVP.csv"), "w") as f:
        f.write(f"{start_unix:.2f}\n64.000000\n")
        f.write("\n".join("%.2f" % v for v in bvp)); f.write("\n")
    w1("TEMP.csv", temp, 4.0, "%.2f")
    a64 = np.clip(np.round(acc * 64), -128, 127).astype(int)
    with open(os.path.join(d, "ACC.csv"), "w") as f:
        f.write(f"{hdr}, {hdr}, {hdr}\n32.000000, 32.000000, 32.000000\n")
        f.write("\n".join(f"{r[0]},{r[1]},{r[2]}" for r in a64)); f.write("\n")
    # HR.csv: 1 Hz averages starting 10 s after start (as in E4 exports)
    rr = np.diff(beats); bt = beats[1:]
    hs = np.arange(10, int(dur))
    hrv = []
    for s in hs:
        m = (bt > s - 10) & (bt <= s)
        hrv.append(60.0 / rr[m].mean() if m.any() else (hrv[-1] if hrv else 70.0))
    with open(os.path.join(d, "HR.csv"), "w") as f:
        f.write(f"{start_unix + 10:.6f}\n1.000000\n")
        f.write("\n".join("%.2f" % v for v in hrv)); f.write("\n")
    # IBI.csv: the device only reports beats it is sure of; motion and random dropouts remove runs
    mb = np.interp(bt, np.arange(len(mag)) / 32.0, mag)
    keep = np.zeros(len(bt), bool)
    i = 0
    state = True
    while i < len(bt):
        run = int(rng.exponential(sess["ibi_run"] if state else sess["ibi_gap"])) + 1
        keep[i:i + run] = state
        i += run; state = not state
    keep &= mb < 0.15
    with open(os.path.join(d, "IBI.csv"), "w") as f:
        f.write(f"{hdr}, IBI\n")
        f.write("".join(f"{bt[j]:.6f},{rr[j]:.6f}\n" for j in np.nonzero(keep)[0]))
    # tags.csv: the client pressed the button once at the start (common practice for syncing)
    with open(os.path.join(d, "tags.csv"), "w") as f:
        f.write(f"{start_unix + rng.uniform(3, 8):.2f}\n")
    with open(os.path.join(d, "info.txt"), "w") as f:
        f.write("Generated E4-like export (independent check generator)\n")
    # the therapist's own notes (calming intervention), kept beside the export as an events CSV
    ev = None
    if L.get("_events"):
        ev = os.path.join(outdir, sess_id + ".events.csv")
        with open(ev, "w") as f:
            f.write("onset,label\n")
            for e in L["_events"]:
                f.write(f"{e['onset']:.1f},\"{e['label']}\"\n")
    return dict(path=d, events=ev, ibi_coverage=round(float(keep.mean()), 3))


def write_chest(rng, outdir, sess_id, L, plan, sess, beats, ectopic, vol, vol_fs, scrs, motion, events):
    dur = plan["duration"]; fs = 250.0
    _, mag = render_motion(rng, motion, dur, 32.0, wrist=False)
    ecg = ecg_from_beats(rng, beats, ectopic, dur, fs, vol, vol_fs, mag, L)
    # finger (palmar) EDA in a lab setup: larger responses, 1-3 µS tonic rise per unit (Boucsein 2012 ranges)
    eda16 = render_eda(rng, L, scrs, 16.0, sess["scl0_c"], sess["g_eda_c"], sess["scr_unit_c"], 15.0, sess)
    n = len(ecg); tt = np.arange(n) / fs
    eda = np.interp(tt, np.arange(len(eda16)) / 16.0, eda16) + rng.normal(0, 0.002, n)
    resp = 1.2 + 0.35 * np.interp(tt, np.arange(len(vol)) / vol_fs, vol)
    resp += bandnoise(rng, n, fs, 0.002, 0.02, 0.05)       # belt drift
    m = np.interp(tt, np.arange(len(mag)) / 32.0, mag)
    resp += bandnoise(rng, n, fs, 0.5, 5, 0.08) * m         # motion on the belt
    resp += rng.normal(0, 0.004, n)
    path = os.path.join(outdir, sess_id + ".csv")
    with open(path, "w") as f:
        f.write("time,ECG [mV],EDA [uS],RESP [V]\n")
        # chunked formatting
        for a in range(0, n, 200000):
            b = min(n, a + 200000)
            f.write("\n".join(f"{tt[i]:.3f},{ecg[i]:.4f},{eda[i]:.4f},{resp[i]:.4f}" for i in range(a, b)))
            f.write("\n")
    ev = None
    if events:
        ev = os.path.join(outdir, sess_id + ".events.csv")
        with open(ev, "w") as f:
            f.write("onset,label\n")
            for e in events:
                f.write(f"{e['onset']:.1f},\"{e['label']}\"\n")
    return dict(path=path, events=ev)


def write_polar(rng, outdir, sess_id, L, plan, sess, beats, ectopic, motion, events, start_dt):
    rr = np.diff(beats) * 1000.0
    walk = np.interp(beats[1:], L["t"], L["walk"])
    out = []
    art = dict(missed=0, split=0)
    i = 0
    pm = sess["missed_per_h"] / 4500.0
    ps = sess["split_per_h"] / 4500.0
    while i < len(rr):
        r = rr[i]
        mult = 1 + 8 * walk[i]                 # strap contact artefacts are more frequent while moving
        u = rng.random()
        if u < pm * mult and i + 1 < len(rr):
            out.append(r + rr[i + 1]); art["missed"] += 1; i += 2; continue
        if u < (pm + ps) * mult:
            f = rng.uniform(0.3, 0.7)
            out += [r * f, r * (1 - f)]; art["split"] += 1; i += 1; continue
        out.append(r); i += 1
    out = np.round(np.array(out)).astype(int)
    path = os.path.join(outdir, sess_id + "_RR.txt")
    ts = start_dt + datetime.timedelta(seconds=float(beats[0]))
    with open(path, "w") as f:
        f.write("Phone timestamp;RR-interval [ms]\n")
        for r in out:
            ts = ts + datetime.timedelta(milliseconds=int(r))
            f.write(ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts.microsecond // 1000:03d};{r}\n")
    ev = None
    if events:
        ev = os.path.join(outdir, sess_id + ".events.csv")
        with open(ev, "w") as f:
            f.write("onset,label\n")
            for e in events:
                f.write(f"{e['onset']:.1f},\"{e['label']}\"\n")
    return dict(path=path, events=ev, artefacts=art, first_beat_sec=round(float(beats[0]), 3))


# ----------------------------------------------------------------------------------------------
def session_params(rng):
    return dict(
        hr0=rng.uniform(62, 84),
        g_hr=rng.uniform(8, 12),             # bpm per episode unit -> rises 7-15 bpm (brief)
        rsa0=rng.uniform(3, 9),              # resting RSA, HR peak-to-peak bpm
        mayer=rng.uniform(0.7, 1.8),
        base_rate=rng.uniform(11, 17),       # breaths/min at rest
        ectopic_per_h=rng.uniform(0, 20),
        missed_per_h=rng.uniform(1, 12), split_per_h=rng.uniform(1, 10),
        ns_scr_per_min=rng.uniform(0.5, 3.0),
        scl0_c=rng.uniform(2, 12), g_eda_c=rng.uniform(0.6, 2.5), scr_unit_c=rng.uniform(0.08, 0.3),
        scl0_w=rng.uniform(0.1, 1.5), g_eda_w=rng.uniform(0.15, 0.45), scr_unit_w=rng.uniform(0.01, 0.05),
        settle_frac=rng.uniform(0.2, 0.6), settle_tau=rng.uniform(90, 360),
        scl_trend=rng.uniform(-0.3, 0.1),    # slow habituation drift per hour (scaled by device below)
        temp0=rng.uniform(32, 34.5), g_temp=rng.uniform(0.1, 0.4),
        bvp_amp=rng.uniform(40, 150), ibi_run=rng.uniform(10, 120), ibi_gap=rng.uniform(5, 60),
    )


def make(outdir, seed, modality, kind, minutes=None):
    rng = np.random.default_rng(seed)
    plan = plan_session(rng, kind, minutes)
    sess = session_params(rng)
    if modality == "wrist":
        sess["scl_trend"] *= 0.2
    L, trig, motion, events, truth_eps = build_latent(rng, plan)
    L["_conf"] = plan["confounders"]
    L["_events"] = events
    n = len(L["t"])
    L["hr_drift"] = ou(rng, n, 1.5, 180)          # spontaneous slow HR drift
    L["v_drift"] = ou(rng, n, 0.15, 240)
    L["s_drift"] = ou(rng, n, 0.12, 300)          # nonspecific tonic arousal fluctuation
    vol_fs = 25.0
    vol, breaths = make_breathing(rng, L, sess["base_rate"], vol_fs)
    beats, ectopic = make_beats(rng, L, vol, vol_fs, sess)
    scrs = scr_list(rng, L, trig, sess)
    sid = f"{modality}-{kind}-{seed}"
    start_unix = 1700000000 + seed * 86400 + 9 * 3600
    start_dt = datetime.datetime(2024, 3, 1, 9, 0, 0) + datetime.timedelta(days=seed % 300)
    if modality == "wrist":
        info = write_e4(rng, outdir, sid, L, plan, sess, beats, ectopic, vol, vol_fs, scrs, motion, start_unix)
    elif modality == "chest":
        info = write_chest(rng, outdir, sid, L, plan, sess, beats, ectopic, vol, vol_fs, scrs, motion, events)
    else:
        info = write_polar(rng, outdir, sid, L, plan, sess, beats, ectopic, motion, events, start_dt)
    truth = dict(session=sid, seed=seed, modality=modality, kind=kind, duration_s=plan["duration"],
                 input=info, episodes=truth_eps, events=events,
                 confounders=sorted(plan["confounders"], key=lambda c: c["start"]),
                 session_params={k: round(float(v), 3) for k, v in sess.items()})
    with open(os.path.join(outdir, sid + ".truth.json"), "w") as f:
        json.dump(truth, f, indent=1)
    return truth


RUNSET = ([("chest", s, "episodes") for s in range(1001, 1009)] + [("chest", s, "free") for s in range(1901, 1905)]
          + [("wrist", s, "episodes") for s in range(2001, 2009)] + [("wrist", s, "free") for s in range(2901, 2905)]
          + [("rr", s, "episodes") for s in range(3001, 3009)] + [("rr", s, "free") for s in range(3901, 3905)])

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "sessions"
    os.makedirs(out, exist_ok=True)
    if "--one" in sys.argv:
        i = sys.argv.index("--one")
        seed, mod, kind = int(sys.argv[i + 1]), sys.argv[i + 2], sys.argv[i + 3]
        mins = float(sys.argv[i + 4]) if len(sys.argv) > i + 4 else None
        tr = make(out, seed, mod, kind, mins)
        print(tr["session"], len(tr["episodes"]), "episodes", tr["duration_s"] / 60, "min")
    else:
        for mod, seed, kind in RUNSET:
            tr = make(out, seed, mod, kind)
            print(tr["session"], len(tr["episodes"]), "episodes", round(tr["duration_s"] / 60, 1), "min",
                  [(e["outcome"][:3], e["buildup_s"]) for e in tr["episodes"]], flush=True)
