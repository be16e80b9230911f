"""PyBaMM simulation of CC-CV charging segments of aged LG M50-type cells (OKane2022 parameter set).

One *cell draw* = one set of cell-to-cell parameters, cooling and ambient temperature; it is one PyBaMM
build (DFN, lumped thermal, partially reversible lithium plating, contact resistance) solved for 12 runs
that differ only by input parameters: aged state (active-material fractions, initial lithium, series
resistance), charge current, start SOC, anode kinetics, plating rate, leakage current.  Runs are stored as base traces; faults that are sensor- or pack-level are injected later
by dataset.py (deterministically, seeded).

Usage: simulate.py OUT.npz [--cells N] [--test-cells M] [--workers 2] [--seed 0]
"""
import argparse
import pickle
import os
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
import numpy as np

N_CHG = 160      # stored points over the charge (CC + CV), uniform in time
N_REST = 48      # stored points over the 30-minute rest after the charge
REST_S = 1800.0
V_MAX = 4.2
I_CUT = 0.25     # CV cut-off, A (C/20 of 5 Ah)
CV_MAX_S = 5400.0
Q_RATED_NOMINAL = 5.0  # Ah, LG M50 nameplate; the BMS coulomb counts against it
PLATING_THRESHOLD_AH = 0.10  # peak plated-lithium capacity that defines the lithium_plating label

RUN_KINDS = ["normal"] * 6 + ["plating"] * 3 + ["short"] * 3


def aged_state(rng):
    """One aged state: loss of lithium inventory, loss of active material and series-resistance growth."""
    a = {"LLI": rng.uniform(0.0, 0.22),     # fraction of cyclable lithium lost
         "LAM_n": rng.uniform(0.0, 0.15),   # fraction of negative active material lost
         "LAM_p": rng.uniform(0.0, 0.12)}   # fraction of positive active material lost
    # series resistance growth standing for SEI film + contact degradation, ohm
    a["R_c"] = rng.uniform(0.0, 0.004) + 0.05 * (a["LLI"] + 0.5 * (a["LAM_n"] + a["LAM_p"]))
    return a


def cell_draw(cell_id, seed, regime):
    """One simulated cell platform (cell-to-cell spread, cooling, ambient temperature) and its 12 runs,
    each run with its own aged state (runs 0/1 and 2/3 share one: they are the two cells of a possible
    2-cell imbalance). regime: 'in' (15-35 degC), 'cold' (0-10 degC), 'hot' (40-45 degC)."""
    rng = np.random.default_rng([seed, cell_id])
    d = {}
    d["eps_n_spread"] = rng.normal(1.0, 0.015)
    d["eps_p_spread"] = rng.normal(1.0, 0.015)
    d["h"] = rng.uniform(15.0, 40.0)          # W m-2 K-1, cooling
    d["Dn_s"] = float(np.exp(rng.normal(0, 0.25)))
    d["Dp_s"] = float(np.exp(rng.normal(0, 0.25)))
    d["jn_s"] = float(np.exp(rng.normal(0, 0.2)))
    d["jp_s"] = float(np.exp(rng.normal(0, 0.2)))
    reg = {"in": 0, "cold": 1, "hot": 2}[regime]
    # ambient temperature and runs have their own streams so a test cell can be rebuilt in another regime
    trng = np.random.default_rng([seed, cell_id, reg])
    d["T_amb"] = {"in": trng.uniform(15, 35), "cold": trng.uniform(0, 10), "hot": trng.uniform(40, 45)}[regime]
    rrng = np.random.default_rng([seed, cell_id, 7, reg])
    runs = []
    for r, kind in enumerate(RUN_KINDS):
        run = {"kind": kind, "k_s": 1.0, "dn": 1.0, "jn": 1.0, "I_leak": 0.0}
        if kind == "normal" and r < 4:
            # runs 0/1 and 2/3: one C-rate and aged state, cell A (higher SOC) and cell B (lower SOC)
            if r % 2 == 0:
                pair = dict(aged_state(rrng), crate=rrng.uniform(0.3, 2.0))
                run.update(pair)
                run["soc0"] = rrng.uniform(0.15, 0.5)
                sA = run["soc0"]
            else:
                run.update(pair)
                run["soc0"] = max(0.02, sA - rrng.uniform(0.06, 0.16))
        elif kind == "normal":
            run.update(aged_state(rrng), crate=rrng.uniform(0.3, 2.0), soc0=rrng.uniform(0.02, 0.5))
        elif kind == "plating":
            run.update(aged_state(rrng), crate=rrng.uniform(0.8, 2.0), soc0=rrng.uniform(0.05, 0.4))
            run["jn"] = rrng.uniform(0.12, 0.35)   # degraded anode kinetics, plating-prone
            run["dn"] = rrng.uniform(0.1, 0.4)
            run["k_s"] = rrng.uniform(3.0, 20.0)
        else:  # internal short: parallel leakage through R_short, approximated as I_leak = 3.9 V / R_short
            run.update(aged_state(rrng), crate=rrng.uniform(0.3, 2.0), soc0=rrng.uniform(0.05, 0.5))
            run["R_short"] = rrng.uniform(15.0, 80.0)
            run["I_leak"] = 3.9 / run["R_short"]
        runs.append(run)
    d["runs"] = runs
    return d


def _scaled(f, name, pybamm):
    if callable(f):
        return lambda *a: f(*a) * pybamm.InputParameter(name)
    return f * pybamm.InputParameter(name)


AGED_INPUTS = ["Negative electrode active material volume fraction", "Positive electrode active material volume fraction",
               "Initial concentration in negative electrode [mol.m-3]",
               "Initial concentration in positive electrode [mol.m-3]", "Contact resistance [Ohm]"]


def simulate_cell(args):
    cell_id, seed, regime = args
    import pybamm
    pybamm.set_logging_level("ERROR")
    d = cell_draw(cell_id, seed, regime)
    base = pybamm.ParameterValues("OKane2022")
    param = pybamm.LithiumIonParameters()
    F = 96485.33212
    base["Negative electrode active material volume fraction"] *= d["eps_n_spread"]
    base["Positive electrode active material volume fraction"] *= d["eps_p_spread"]
    base["Total heat transfer coefficient [W.m-2.K-1]"] = d["h"]
    base["Ambient temperature [K]"] = 273.15 + d["T_amb"]
    base["Initial temperature [K]"] = 273.15 + d["T_amb"]
    base["Contact resistance [Ohm]"] = 0.0
    A = base["Electrode height [m]"] * base["Electrode width [m]"]

    def aged_inputs(run):
        """Aged parameter values as inputs, the C/inf capacity and the initial concentrations at soc0."""
        p = base.copy()
        # loss of active material: scale active-material volume fractions
        p["Negative electrode active material volume fraction"] *= 1 - run["LAM_n"]
        p["Positive electrode active material volume fraction"] *= 1 - run["LAM_p"]
        # loss of lithium inventory: remove LLI * Q_Li from the negative electrode's initial lithium
        QLi = p.evaluate(param.Q_Li_particles_init)
        per_conc = p["Negative electrode active material volume fraction"] * p["Negative electrode thickness [m]"] * A * F / 3600
        p["Initial concentration in negative electrode [mol.m-3]"] -= run["LLI"] * QLi / per_conc
        x0, x100, y100, y0 = pybamm.lithium_ion.get_min_max_stoichiometries(p)
        cap = float(p.evaluate(param.n.Q_init) * (x100 - x0))
        x = x0 + run["soc0"] * (x100 - x0)
        y = y0 - run["soc0"] * (y0 - y100)
        inp = {AGED_INPUTS[0]: p[AGED_INPUTS[0]], AGED_INPUTS[1]: p[AGED_INPUTS[1]],
               AGED_INPUTS[2]: x * p["Maximum concentration in negative electrode [mol.m-3]"],
               AGED_INPUTS[3]: y * p["Maximum concentration in positive electrode [mol.m-3]"],
               AGED_INPUTS[4]: run["R_c"]}
        return inp, cap

    # lumped thermal constants (for the post-hoc extra heat of faults in dataset.py)
    num = den = 0.0
    for layer in ["Negative current collector", "Negative electrode", "Separator", "Positive electrode",
                  "Positive current collector"]:
        L = base[f"{layer} thickness [m]"]
        num += base[f"{layer} density [kg.m-3]"] * base[f"{layer} specific heat capacity [J.kg-1.K-1]"] * L
        den += L
    C_th = num / den * base["Cell volume [m3]"]
    hA = d["h"] * base["Cell cooling surface area [m2]"]

    p = base.copy()
    for k in AGED_INPUTS:
        p[k] = "[input]"
    p["Lithium plating kinetic rate constant [m.s-1]"] = "[input]"
    p["Negative particle diffusivity [m2.s-1]"] = _scaled(p["Negative particle diffusivity [m2.s-1]"], "Dn_s", pybamm)
    p["Positive particle diffusivity [m2.s-1]"] = _scaled(p["Positive particle diffusivity [m2.s-1]"], "Dp_s", pybamm)
    p["Negative electrode exchange-current density [A.m-2]"] = _scaled(
        p["Negative electrode exchange-current density [A.m-2]"], "jn_s", pybamm)
    p["Positive electrode exchange-current density [A.m-2]"] = _scaled(
        p["Positive electrode exchange-current density [A.m-2]"], "jp_s", pybamm)
    k0 = 1e-9  # OKane2022 plating rate constant
    model = pybamm.lithium_ion.DFN({"thermal": "lumped", "lithium plating": "partially reversible",
                                    "contact resistance": "true"})
    I_in = pybamm.InputParameter("I_chg")
    I_rest = pybamm.InputParameter("I_rest")
    exp = pybamm.Experiment([
        pybamm.step.current(-I_in, termination=f">{V_MAX} V", period=20),
        pybamm.step.voltage(V_MAX, termination=f"{I_CUT} A", duration=CV_MAX_S, period=20),
        pybamm.step.current(I_rest, duration=REST_S, period=30),
    ])
    var_pts = {"x_n": 6, "x_s": 4, "x_p": 6, "r_n": 8, "r_p": 8}  # coarser than PyBaMM's default, for speed
    sim = pybamm.Simulation(model, parameter_values=p, experiment=exp, var_pts=var_pts,
                            solver=pybamm.IDAKLUSolver())
    out = []
    for run in d["runs"]:
        I_app = run["crate"] * Q_RATED_NOMINAL
        rec = {"ok": False}
        try:
            aged, cap = aged_inputs(run)
            run["capacity_ah"] = cap
            inputs = dict(aged, **{"I_chg": I_app - run["I_leak"], "I_rest": run["I_leak"],
                                   "Lithium plating kinetic rate constant [m.s-1]": k0 * run["k_s"],
                                   "Dn_s": d["Dn_s"] * run["dn"], "Dp_s": d["Dp_s"],
                                   "jn_s": d["jn_s"] * run["jn"], "jp_s": d["jp_s"]})
            sol = sim.solve(inputs=inputs)
            t = sol["Time [s]"].entries
            # step boundaries: end of charge = start of the rest step
            steps = [s for c in sol.cycles for s in c.steps]
            if len(steps) == 3:
                t_chg = float(steps[1]["Time [s]"].entries[-1])
                t_end = float(t[-1])
                if t_end >= t_chg + REST_S - 1 and t_chg > 120:
                    I_cell = -sol["Current [A]"].entries           # charging positive
                    I_meas = I_cell + run["I_leak"]                 # terminal current seen by the charger
                    V = sol["Voltage [V]"].entries
                    Tc = sol["X-averaged cell temperature [K]"].entries - 273.15
                    ocv = sol["Battery open-circuit voltage [V]"].entries
                    lp = sol["Loss of capacity to negative lithium plating [A.h]"].entries
                    tg = np.concatenate([np.linspace(0, t_chg, N_CHG),
                                         np.linspace(t_chg, t_chg + REST_S, N_REST + 1)[1:]])
                    # de-duplicate times (step boundaries repeat a time point)
                    tt, idx = np.unique(t, return_index=True)
                    tr = np.stack([tg] + [np.interp(tg, tt, a[idx]) for a in (I_meas, V, Tc, ocv)], 1)
                    if run["I_leak"] > 0:
                        tr[N_CHG:, 1] = 0.0   # charger off during rest: terminal current is zero
                    rec = {"ok": True, "trace": tr.astype(np.float32), "plated_max": float(lp.max()),
                           "plated_end": float(lp[-1])}
        except Exception as e:  # solver failure: recorded, run dropped
            rec = {"ok": False, "err": str(e)[:200]}
        out.append(rec)
    return cell_id, regime, d, C_th, hA, out


def _cache_path(cache, job):
    return os.path.join(cache, f"cell{job[0]:04d}_{job[2]}_seed{job[1]}.pkl")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--cells", type=int, default=64, help="in-regime cells (15-35 C)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--merge-only", action="store_true", help="build OUT from the cached cells, no simulation")
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--cache", default=None, help="per-cell cache folder (default: OUT's folder/cache)")
    a = ap.parse_args()
    # every 4th cell (id % 4 == 3) is held out for testing and also rebuilt in a held-out temperature
    # regime, alternately cold (0-10 degC) and hot (40-45 degC); any prefix of cells is a usable data set
    test_ids = [c for c in range(a.cells) if c % 4 == 3]
    # held-out-regime rebuilds of the test cells are interleaved so a partial run still has some
    jobs = []
    for c in range(a.cells):
        jobs.append((c, a.seed, "in"))
        if c in test_ids:
            jobs.append((c, a.seed, "cold" if (c // 4) % 2 == 0 else "hot"))
    cache = a.cache or os.path.join(os.path.dirname(os.path.abspath(a.out)), "cache")
    os.makedirs(cache, exist_ok=True)
    todo = [j for j in jobs if not os.path.exists(_cache_path(cache, j))]
    t0 = time.time()
    print(f"{len(jobs)} cell builds, {len(jobs) - len(todo)} cached", file=sys.stderr, flush=True)

    def done(r):
        with open(_cache_path(cache, (r[0], a.seed, r[1])), "wb") as f:
            pickle.dump(r, f)
        print(f"[{time.time() - t0:7.1f}s] cell {r[0]:4d} {r[1]:4s} ok {sum(x['ok'] for x in r[5])}/{len(r[5])}",
              file=sys.stderr, flush=True)

    if a.merge_only:
        todo = []
    if a.workers > 1 and todo:
        import multiprocessing as mp
        with mp.get_context("fork").Pool(a.workers, maxtasksperchild=10) as pool:
            for r in pool.imap_unordered(simulate_cell, todo):
                done(r)
    else:
        for j in todo:
            done(simulate_cell(j))
    results = []
    for j in jobs:
        with open(_cache_path(cache, j), "rb") as f:
            results.append(pickle.load(f))
    traces, meta = [], []
    for cell_id, regime, d, C_th, hA, out in results:
        for r, (run, rec) in enumerate(zip(d["runs"], out)):
            if not rec["ok"]:
                continue
            traces.append(rec["trace"])
            meta.append([cell_id, {"in": 0, "cold": 1, "hot": 2}[regime], r, {"normal": 0, "plating": 1, "short": 2}[run["kind"]],
                         run["crate"], run["soc0"], run["I_leak"], rec["plated_max"], rec["plated_end"],
                         run["capacity_ah"], C_th, hA, d["T_amb"], run["LLI"], run["LAM_n"], run["LAM_p"], run["R_c"],
                         d["h"]])
    meta_cols = ["cell", "regime", "run", "kind", "crate", "soc0", "I_leak", "plated_max", "plated_end",
                 "capacity_ah", "C_th", "hA", "T_amb", "LLI", "LAM_n", "LAM_p", "R_c", "h"]
    n_fail = sum(1 for r in results for x in r[5] if not x["ok"])
    np.savez_compressed(a.out, traces=np.stack(traces), meta=np.array(meta, dtype=np.float64),
                        meta_cols=np.array(meta_cols), n_failed=n_fail, seed=a.seed,
                        cells=a.cells, test_ids=np.array(test_ids))
    print(f"saved {len(traces)} runs ({n_fail} failed) in {time.time() - t0:.0f}s -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
