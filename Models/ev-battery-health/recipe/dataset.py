"""Turns the simulated base runs (simulate.py) into fixed-length labelled segments, deterministically.

Segment: T = 64 rows = 32 rows uniform in time over the constant-current phase (from a possibly cropped
start), 16 rows uniform in time over the constant-voltage phase (ends at C/20 or 90 min), then 16 rows uniform over the 30-minute rest after the charge. Channels, in this order:
  voltage [V] (BMS sensor), current [A] (charging positive), temperature [degC] (cell surface sensor),
  soc [fraction] (BMS state of charge: start estimate + coulomb count against the 5.0 Ah nameplate).

Fault models (sensor- and pack-level ones injected here, the others simulated in PyBaMM):
  normal            clean run, peak plated lithium < 0.10 Ah
  internal_short    PyBaMM run whose cell current is I_app - I_leak (I_leak = 3.9 V / R_short,
                    R_short 15-80 ohm) while the charger measures I_app; during the rest the cell keeps
                    discharging at I_leak.  Joule heat V * I_leak added through the lumped thermal model.
  sensor_drift      additive bias ramp b(t) = beta * (t - t0) / (t_end - t0) on the voltage sensor
                    (|beta| 20-60 mV) or on the temperature sensor (|beta| 4-12 degC), sign random.
  thermal_anomaly   extra heat source P (0.5-2.5 W) switched on at t_on (0-60 % of the charge):
                    dT_extra/dt = (P - hA * T_extra) / C_th, the cell's own lumped constants.
  cell_imbalance    2 cells in series, same cell, SOC offset 6-16 %: cell A (higher SOC) charged CC-CV
                    and limiting the charger; cell B carries A's current.  B's voltage is quasi-static:
                    OCV_B(q) + eta_B(q) * I_A(t) / I_cc from B's own PyBaMM run at the same C-rate, and
                    A's relaxation overpotential during the rest.  Reported voltage = pack voltage / 2.
  lithium_plating   PyBaMM partially reversible plating submodel; label given by physics: peak plated
                    lithium >= 0.10 Ah (2 % of nameplate) during the segment.
"""
import numpy as np

T_LEN = 64
N_CC = 32
N_CV = 16
N_CHG_OUT = N_CC + N_CV
N_REST_OUT = 16
N_CHG = 160
N_REST = 48
Q_RATED = 5.0
PLATING_THRESHOLD_AH = 0.10
LABELS = ["normal", "internal_short", "sensor_drift", "thermal_anomaly", "cell_imbalance", "lithium_plating"]
CHANNELS = ["voltage", "current", "temperature", "soc"]


def fresh_capacity():
    """C/inf capacity (Ah) of the nominal fresh OKane2022 cell: the 'rated capacity' SOH refers to."""
    import pybamm
    p = pybamm.ParameterValues("OKane2022")
    x0, x100, _, _ = pybamm.lithium_ion.get_min_max_stoichiometries(p)
    return float(p.evaluate(pybamm.LithiumIonParameters().n.Q_init) * (x100 - x0))


def lumped_rise(t, P, C_th, hA):
    """Temperature rise of a lumped body from heat P(t) (array), explicit exact-step integration."""
    dT = np.zeros_like(t)
    for k in range(1, len(t)):
        dt = t[k] - t[k - 1]
        a = np.exp(-dt * hA / C_th)
        dT[k] = dT[k - 1] * a + P[k - 1] / hA * (1 - a)
    return dT


def window(tr, crop):
    """Resample a stored run (208 x [t, I, V, T, OCV]) to T_LEN rows: N_CC rows uniform in time over the CC
    phase (its first `crop` fraction dropped), N_CV rows over the CV phase, N_REST_OUT rows over the rest."""
    t = tr[:, 0].astype(np.float64)
    I = tr[:, 1].astype(np.float64)
    t_chg = t[N_CHG - 1]
    I_cc = np.median(I[:3])
    below = np.nonzero(I[:N_CHG] < 0.97 * I_cc)[0]
    k = below[0] if len(below) else N_CHG - 1
    t_cc = float(np.clip(t[max(k - 1, 0)], 60.0, t_chg - 60.0))
    t0 = crop * t_cc
    tg = np.concatenate([np.linspace(t0, t_cc, N_CC), np.linspace(t_cc, t_chg, N_CV + 1)[1:],
                         np.linspace(t_chg, t_chg + 1800.0, N_REST_OUT + 1)[1:]])
    # rest rows are interpolated on their own to keep the charge/rest step edge sharp
    chg = slice(0, N_CHG)
    rst = slice(N_CHG - 1, N_CHG + N_REST)
    out = np.zeros((T_LEN, tr.shape[1]))
    out[:, 0] = tg
    for c in range(1, tr.shape[1]):
        out[:N_CHG_OUT, c] = np.interp(tg[:N_CHG_OUT], t[chg], tr[chg, c])
        out[N_CHG_OUT:, c] = np.interp(tg[N_CHG_OUT:], t[rst], tr[rst, c])
    return out


def cumq(t, I):
    """Charge throughput in Ah (trapezoid)."""
    return np.concatenate([[0.0], np.cumsum(0.5 * (I[1:] + I[:-1]) * np.diff(t))]) / 3600.0


def imbalance_trace(trA, trB):
    """Pack of cell A (limits the charger) and cell B (lower SOC, same cell parameters): returns a 208-row
    trace like simulate.py's with V = (V_A + V_B) / 2."""
    tA, IA, VA, TA, OA = [trA[:, k].astype(np.float64) for k in range(5)]
    tB, IB, VB, TB, OB = [trB[:, k].astype(np.float64) for k in range(5)]
    I_cc = IA[0]
    qA = cumq(tA, IA)
    qB = cumq(tB[:N_CHG], IB[:N_CHG])
    OCV_B = OB[:N_CHG]
    cc = IB[:N_CHG] >= 0.98 * I_cc
    cc_last = np.max(np.nonzero(cc)[0]) if cc.any() else 0
    eta_B = (VB[:N_CHG] - OB[:N_CHG])[: cc_last + 1]
    q_cc = qB[: cc_last + 1]
    VBp = np.empty_like(VA)
    for k in range(len(tA)):
        q = qA[k]
        ocv = np.interp(q, qB, OCV_B)
        if k < N_CHG:
            eta = np.interp(q, q_cc, eta_B) if len(q_cc) > 1 else 0.0
            VBp[k] = ocv + eta * IA[k] / I_cc
        else:
            VBp[k] = ocv + (VA[k] - OA[k])
    out = trA.astype(np.float64).copy()
    out[:, 2] = 0.5 * (VA + VBp)
    return out


def make_sample(tr, label, meta, rng, soh, extra=None):
    """tr: 208-row trace (t, I, V, T, OCV) already fault-simulated at cell level; applies sensor-level
    faults, windowing, BMS SOC and sensor noise. Returns [T_LEN, 4] float32."""
    crop = rng.uniform(0.0, 0.25)
    w = window(tr, crop)
    t, I, V, Tc = w[:, 0], w[:, 1], w[:, 2], w[:, 3]
    t_rel = (t - t[0]) / (t[-1] - t[0])
    C_th, hA = meta["C_th"], meta["hA"]
    if label == "thermal_anomaly":
        P = np.where(t >= t[0] + rng.uniform(0.0, 0.6) * (t[N_CHG_OUT - 1] - t[0]), rng.uniform(0.5, 2.5), 0.0)
        Tc = Tc + lumped_rise(t, P, C_th, hA)
    if label == "internal_short":
        Tc = Tc + lumped_rise(t, V * meta["I_leak"], C_th, hA)
    if label == "sensor_drift":
        sign = rng.choice([-1.0, 1.0])
        if rng.uniform() < 0.5:
            V = V + sign * rng.uniform(0.020, 0.060) * t_rel
        else:
            Tc = Tc + sign * rng.uniform(4.0, 12.0) * t_rel
    # BMS SOC: start estimate (true aged-relative SOC at the window start + N(0, 1 %)) + coulomb count
    soc_true0 = extra["soc_start"](t[0])
    soc = soc_true0 + rng.normal(0, 0.01) + cumq(t, I) / Q_RATED
    # sensor noise
    V = V + rng.normal(0, 0.001, V.shape)
    I = I + rng.normal(0, 0.01, I.shape) + I * rng.normal(0, 0.003, I.shape)
    Tc = Tc + rng.normal(0, 0.2, Tc.shape)
    return np.stack([V, I, Tc, soc], 1).astype(np.float32)


def build(npz_path, seed=0, reps=None):
    """Returns dict split -> (X [N,128,4], soh [N], fault [N], cell [N]) plus info."""
    d = np.load(npz_path)
    traces, meta = d["traces"], d["meta"]
    cols = [str(c) for c in d["meta_cols"]]
    M = {c: meta[:, i] for i, c in enumerate(cols)}
    n_cells = int(d["cells"])
    n_test = len(d["test_ids"])
    q_rated = fresh_capacity()
    test_ids = set(int(c) for c in d["test_ids"])
    # validation cells: a seeded draw among the non-test cells
    vrng = np.random.default_rng(seed + 1)
    trainval = np.array(sorted(set(range(n_cells)) - test_ids))
    val_ids = set(vrng.choice(trainval, size=max(1, len(trainval) // 6), replace=False).tolist())
    reps = reps or {"train": 4, "val": 2, "test": 2, "regime": 2}
    out = {k: ([], [], [], [], []) for k in ["train", "val", "test", "regime"]}
    by_key = {(int(M["cell"][i]), int(M["regime"][i]), int(M["run"][i])): i for i in range(len(traces))}
    for (cell, regime) in sorted({(int(c), int(r)) for c, r in zip(M["cell"], M["regime"])}):
        if regime != 0:
            split = "regime"
        elif cell in test_ids:
            split = "test"
        elif cell in val_ids:
            split = "val"
        else:
            split = "train"
        idx = {r: by_key.get((cell, regime, r)) for r in range(12)}
        some = next(i for i in idx.values() if i is not None)
        cm = {"C_th": M["C_th"][some], "hA": M["hA"][some]}
        samples = []   # (trace, label, run index, [start SOC override])

        def clean(i):
            return i is not None and M["plated_max"][i] < PLATING_THRESHOLD_AH

        def plated(i):
            return M["plated_max"][i] >= PLATING_THRESHOLD_AH

        # runs 0-5 normal, 6-8 plating-prone: labelled by the physical plating rule
        for r in range(9):
            i = idx[r]
            if i is not None:
                samples.append((traces[i], "lithium_plating" if plated(i) else "normal", i))
        # runs 9-11 internal short (dropped if they also plated: one fault per segment)
        for r in (9, 10, 11):
            i = idx[r]
            if i is not None and not plated(i):
                samples.append((traces[i], "internal_short", i))
        # imbalance from the pairs (0, 1) and (2, 3): same aged cell, SOC offset
        for a_, b_ in ((0, 1), (2, 3)):
            if clean(idx[a_]) and clean(idx[b_]):
                samples.append((imbalance_trace(traces[idx[a_]], traces[idx[b_]]), "cell_imbalance", idx[a_],
                                0.5 * (M["soc0"][idx[a_]] + M["soc0"][idx[b_]])))
        # sensor drift and thermal anomaly on the clean normal runs, alternately
        cleans = [idx[r] for r in range(6) if clean(idx[r])]
        for j, i in enumerate(cleans):
            samples.append((traces[i], "sensor_drift" if j % 2 == 0 else "thermal_anomaly", i))
        for s_i, s in enumerate(samples):
            tr, label, i = s[0], s[1], s[2]
            soc0 = s[3] if len(s) > 3 else M["soc0"][i]
            cap = M["capacity_ah"][i]
            soh = 100.0 * cap / q_rated
            tt = tr[:, 0].astype(np.float64)
            # true SOC (relative to this cell's capacity) at time t of the charge, from the cell current
            I_cell = tr[:, 1].astype(np.float64) - M["I_leak"][i] * (np.arange(len(tt)) < N_CHG)
            qc = cumq(tt, I_cell)
            soc_start = (lambda t0, tt=tt, qc=qc, soc0=soc0, cap=cap: soc0 + np.interp(t0, tt, qc) / cap)
            run_meta = dict(cm, I_leak=M["I_leak"][i])
            for rep in range(reps[split]):
                rng = np.random.default_rng([seed, cell, regime, s_i, rep])
                x = make_sample(tr, label, run_meta, rng, soh, extra={"soc_start": soc_start})
                out[split][0].append(x)
                out[split][1].append(soh)
                out[split][2].append(LABELS.index(label))
                out[split][3].append(cell)
                out[split][4].append(M["T_amb"][i])
    res = {}
    for k, (X, y, f, c, ta) in out.items():
        res[k] = (np.stack(X), np.array(y, np.float32), np.array(f, np.int64), np.array(c), np.array(ta))
    info = {"q_rated_ah": q_rated, "n_failed_runs": int(d["n_failed"]), "n_runs": int(len(traces)),
            "n_cells": n_cells, "n_test_cells": n_test, "val_cells": sorted(int(v) for v in val_ids)}
    return res, info


if __name__ == "__main__":
    import sys
    res, info = build(sys.argv[1])
    print(info)
    for k, v in res.items():
        print(k, v[0].shape, np.bincount(v[2], minlength=6), "soh %.1f-%.1f" % (v[1].min(), v[1].max()))
