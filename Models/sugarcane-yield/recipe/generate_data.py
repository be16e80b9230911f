"""Simulate sugarcane seasons with FAO AquaCrop (aquacrop==3.1.0, crop "SugarCane") over synthetic
weather years x sites x soils x irrigation strategies x planting months x plant/ratoon, and write
the dataset the model is trained on.

    python generate_data.py --out data/seasons.csv --ood-out data/ood.csv [--workers 2]

Everything is seeded: the same command writes the same CSV.
"""
import argparse
import builtins
import itertools
import math
import os
import sys
import time
import warnings
from multiprocessing import Pool

import numpy as np
import pandas as pd

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import weather  # noqa: E402

warnings.filterwarnings("ignore")

SEED = 20260
N_YEARS = 40                 # weather years per site of the first design, indices 0..39
SEASONS_PER_SITE_YEAR = 25   # of the 4 x 3 x 4 x 2 = 96 management combinations, sampled without replacement
# The extension (version 0.2): weather years 40..63, each site-year drawing 14 of the 72 combinations on the
# three modelled soils (Clay is never simulated, see --skip-soils). More weather years rather than more
# management per year, because the error is driven by the weather.
EXTRA_YEARS = range(40, 64)
EXTRA_SEASONS_PER_SITE_YEAR = 14
# The second extension (version 0.3): weather years 64..103, rainfed only, each site-year drawing 12 of the 24
# rainfed combinations on the three modelled soils. Only rainfed seasons die of drought, and those deaths
# carried most of version 0.2's held-out squared error, so the extra simulation goes where the error is.
RAINFED_YEARS = range(64, 104)
RAINFED_SEASONS_PER_SITE_YEAR = 12
MODEL_SOILS = ["ClayLoam", "Loam", "SandyLoam"]
CO2_PPM = 420.0              # constant atmospheric CO2 (about the 2023 global mean)
SEASON_DAYS = 335            # planting (1st of the month) to harvest, about 11 months
FAST_ROUND = True            # see fast_round below; --exact-round turns it off
QUARTER_BOUNDS = [0, 91, 182, 273, SEASON_DAYS]  # season quarters, days after planting, [start, end)

SOILS = ["Clay", "ClayLoam", "Loam", "SandyLoam"]           # AquaCrop built-in soil classes
IRRIGATION = ["rainfed", "smt40", "smt70"]
PLANTING_MONTHS = [1, 2, 3, 4]
CROP_CLASSES = ["plant", "ratoon"]

# Ratoon crop: AquaCrop has no ratoon option, so a ratoon is the built-in SugarCane parameter set with
# these documented changes (assumptions, not a calibration): the stool's roots already exist (minimum
# rooting depth 0.6 m instead of 0.3 m, maximum depth reached after 40 instead of 60 days), the shoots
# come up faster (emergence after 3 instead of 7 days, canopy growth coefficient x 1.15) and ratoon vigour
# declines (water productivity WP 27 instead of 30 g/m2, -10 %).
RATOON_OVERRIDES = {"Zmin": 0.6, "MaxRootingCD": 40, "EmergenceCD": 3.0, "CGC_CD": 0.12548 * 1.15, "WP": 27.0}


def irrigation_management(name):
    from aquacrop import IrrigationManagement
    if name == "rainfed":
        return IrrigationManagement(irrigation_method=0)
    # soil-moisture-threshold irrigation: irrigate (up to 25 mm/day) whenever root-zone water falls
    # below 40 % (deficit) or 70 % (full) of total available water, in every growth stage
    smt = 40 if name == "smt40" else 70
    return IrrigationManagement(irrigation_method=1, SMT=[smt] * 4, MaxIrr=25)


def season_summary(wdf, plant_date):
    """The 16 weather inputs: per season quarter, rain (mm), mean Tmax, mean Tmin (degC), ET0 (mm)."""
    start = wdf.index[wdf["Date"] == plant_date][0]
    out = {}
    for q in range(4):
        part = wdf.iloc[start + QUARTER_BOUNDS[q]: start + QUARTER_BOUNDS[q + 1]]
        out[f"rain_q{q + 1}_mm"] = round(float(part["Precipitation"].sum()), 1)
        out[f"tmax_q{q + 1}_c"] = round(float(part["MaxTemp"].mean()), 2)
        out[f"tmin_q{q + 1}_c"] = round(float(part["MinTemp"].mean()), 2)
        out[f"et0_q{q + 1}_mm"] = round(float(part["ReferenceET"].sum()), 1)
    return out


# Speed, not behaviour: AquaCrop-OSPy 3.1.0 calls Python's round() about 120,000 times per season on numpy
# float64 scalars (mostly in solution/root_zone_water.py), and numpy's scalar __round__ costs 30-100 us a call
# here, about half of a season's CPU time. fast_round computes exactly what numpy does for a float64
# (multiply by 10**n, round half to even, divide by 10**n, keep the sign of zero, return a float64) and hands
# every other argument to the built-in round. It is installed as the module-level name `round` in the
# aquacrop modules that call it; check_fast_round.py compares it with numpy on 2.5 million values and
# whole seasons with and without it (identical rows).
_POW10 = [10.0 ** k for k in range(16)]


def fast_round(x, ndigits=None):
    if ndigits is not None and type(x) is np.float64 and 0 <= ndigits <= 15:
        y = float(x) * _POW10[ndigits]
        if math.isfinite(y):
            return np.float64(math.copysign(float(builtins.round(y)), y) / _POW10[ndigits])
    return builtins.round(x) if ndigits is None else builtins.round(x, ndigits)


AQUACROP_MODULES_CALLING_ROUND = [
    "solution.germination", "solution.soil_evaporation", "solution.root_development", "solution.canopy_cover",
    "solution.root_zone_water", "solution.rainfall_partition", "solution.pre_irrigation", "solution.capillary_rise",
    "solution.transpiration", "initialize.compute_crop_calendar", "initialize.compute_variables",
    "initialize.read_model_initial_conditions", "entities.soil"]


def install_fast_round(enabled=True):
    import importlib
    for name in AQUACROP_MODULES_CALLING_ROUND:
        mod = importlib.import_module(f"aquacrop.{name}")
        if enabled:
            mod.round = fast_round
        elif "round" in vars(mod):
            del mod.round


def season_weather(site, year_index, month, rain_scale=1.0, temp_shift=0.0):
    """The daily weather AquaCrop is driven with for one season (two synthetic years from the planting year,
    perturbed over the season for the out-of-range scenarios), with the planting and harvest dates."""
    wdf = weather.generate(site, year_index, seed=SEED)
    y0 = weather.FIRST_YEAR + year_index
    plant = pd.Timestamp(f"{y0}-{month:02d}-01")
    harvest = plant + pd.Timedelta(days=SEASON_DAYS)
    if rain_scale != 1.0 or temp_shift != 0.0:
        wdf = weather.perturb(wdf, weather.NORMALS[site]["lat"], rain_scale, temp_shift, plant, harvest)
    return wdf, plant, harvest


def simulate(task):
    from aquacrop import AquaCropModel, Crop, InitialWaterContent, Soil
    from aquacrop.entities.co2 import CO2
    if FAST_ROUND:
        install_fast_round()
    site, year_index, month, crop_class, soil, irr, scenario, rain_scale, temp_shift = task
    wdf, plant, harvest = season_weather(site, year_index, month, rain_scale, temp_shift)
    kwargs = dict(RATOON_OVERRIDES) if crop_class == "ratoon" else {}
    crop = Crop("SugarCane", planting_date=plant.strftime("%m/%d"), harvest_date=harvest.strftime("%m/%d"), **kwargs)
    model = AquaCropModel(
        sim_start_time=plant.strftime("%Y/%m/%d"),
        sim_end_time=harvest.strftime("%Y/%m/%d"),
        weather_df=wdf,
        soil=Soil(soil),
        crop=crop,
        initial_water_content=InitialWaterContent(wc_type="Pct", value=[50]),  # 50 % of TAW at planting
        irrigation_management=irrigation_management(irr),
        # constant CO2: the synthetic year labels must not carry AquaCrop's CO2 time series into the data
        co2_concentration=CO2(constant_conc=True, current_concentration=CO2_PPM),
    )
    model.run_model(till_termination=True)
    res = model.get_simulation_results().iloc[0]
    row = {"site": site, "weather_year": year_index, "scenario": scenario,
           "planting_month": month, "crop_class": crop_class, "soil": soil, "irrigation": irr}
    row.update(season_summary(wdf, plant))
    row.update({
        "fresh_yield_t_ha": round(float(res["Fresh yield (tonne/ha)"]), 4),
        "dry_yield_t_ha": round(float(res["Dry yield (tonne/ha)"]), 4),
        "yield_potential_dry_t_ha": round(float(res["Yield potential (tonne/ha)"]), 4),
        "irrigation_mm": round(float(res["Seasonal irrigation (mm)"]), 1),
        "season_days_simulated": int(res["Harvest Date (Step)"]),
    })
    return row


def main_tasks():
    combos = list(itertools.product(PLANTING_MONTHS, CROP_CLASSES, SOILS, IRRIGATION))
    tasks = []
    for site in weather.SITES:
        for k in range(N_YEARS):
            rng = np.random.default_rng([SEED, 1, weather.SITES.index(site), k])
            for i in sorted(rng.choice(len(combos), SEASONS_PER_SITE_YEAR, replace=False)):
                tasks.append((site, k, *combos[i], "normal", 1.0, 0.0))
    model_combos = [c for c in combos if c[2] in MODEL_SOILS]
    for site in weather.SITES:
        for k in EXTRA_YEARS:
            rng = np.random.default_rng([SEED, 4, weather.SITES.index(site), k])
            for i in sorted(rng.choice(len(model_combos), EXTRA_SEASONS_PER_SITE_YEAR, replace=False)):
                tasks.append((site, k, *model_combos[i], "normal", 1.0, 0.0))
    rainfed_combos = [c for c in model_combos if c[3] == "rainfed"]
    for site in weather.SITES:
        for k in RAINFED_YEARS:
            rng = np.random.default_rng([SEED, 5, weather.SITES.index(site), k])
            for i in sorted(rng.choice(len(rainfed_combos), RAINFED_SEASONS_PER_SITE_YEAR, replace=False)):
                tasks.append((site, k, *rainfed_combos[i], "normal", 1.0, 0.0))
    return tasks


# Deliberately out-of-range weather on the held-out weather years (never seen in training):
# season rain x 0.35 (drought), +4 degC on Tmax and Tmin (heat), and both together.
OOD_SCENARIOS = [("drought_rain_x0.35", 0.35, 0.0), ("heat_plus4C", 1.0, 4.0), ("drought_and_heat", 0.35, 4.0)]
OOD_PER_SCENARIO = 40


def ood_tasks(test_years):
    combos = list(itertools.product(weather.SITES, test_years, PLANTING_MONTHS, CROP_CLASSES, SOILS, IRRIGATION))
    tasks = []
    for j, (name, rs, ts) in enumerate(OOD_SCENARIOS):
        rng = np.random.default_rng([SEED, 2, j])
        for i in sorted(rng.choice(len(combos), OOD_PER_SCENARIO, replace=False)):
            tasks.append((*combos[i], name, rs, ts))
    return tasks


KEY = ["site", "weather_year", "planting_month", "crop_class", "soil", "irrigation", "scenario"]


def task_key(task):
    site, k, month, crop_class, soil, irr, scenario = task[:7]
    return (site, int(k), int(month), crop_class, soil, irr, scenario)


def sort_canonically(tasks, path):
    """Rewrite `path` in the design's order (rows arrive in completion order), dropping duplicates."""
    df = pd.read_csv(path)
    order = {task_key(t): j for j, t in enumerate(tasks)}
    df["_o"] = [order.get(task_key(tuple(r)), len(order)) for r in df[KEY].itertuples(index=False)]
    df = df.sort_values("_o", kind="stable").drop(columns="_o").drop_duplicates(subset=KEY)
    df.to_csv(path, index=False)
    return df


def run(tasks, workers, label, path, resume, skip_soils=()):
    """Simulate `tasks`, appending each finished season to `path` (so an interrupted run keeps its work and
    `--resume` continues it), then rewrite `path` sorted in a canonical order (deterministic content)."""
    t0 = time.time()
    done = set()
    if resume and os.path.exists(path):
        prev = pd.read_csv(path)
        done = {task_key(tuple(r)) for r in prev[KEY].itertuples(index=False)}
    todo = [t for t in tasks if task_key(t) not in done and t[4] not in skip_soils]
    # a seeded shuffle, so that a partial run covers sites, years and management evenly
    rng = np.random.default_rng([SEED, 3])
    todo = [todo[i] for i in rng.permutation(len(todo))]
    header = not (resume and os.path.exists(path))
    with open(path, "w" if header else "a") as f, Pool(workers) as pool:
        for i, row in enumerate(pool.imap_unordered(simulate, todo, chunksize=2)):
            pd.DataFrame([row]).to_csv(f, header=header and i == 0, index=False)
            f.flush()
            if (i + 1) % 100 == 0:
                print(f"[{label}] {i + 1}/{len(todo)} seasons, {time.time() - t0:.0f} s", flush=True)
    df = sort_canonically(tasks, path)
    secs = time.time() - t0
    print(f"[{label}] {len(todo)} seasons simulated in {secs:.0f} s; {len(df)} in {path}", flush=True)
    return len(todo), secs


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--ood-out", required=True)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--test-years", default="36,37,38,39")
    ap.add_argument("--resume", action="store_true", help="keep seasons already in the output files")
    ap.add_argument("--limit", type=int, default=0, help="simulate only the first N seasons (smoke test)")
    ap.add_argument("--skip-soils", default="Clay",
                    help="comma-separated soils whose drawn seasons are not simulated (default Clay: AquaCrop's "
                         "built-in Clay has field capacity 0.54 one point below saturation 0.55, so SugarCane, "
                         "whose aeration stress starts 5 points below saturation, is waterlogged whenever the "
                         "clay is at field capacity; irrigated clay then yields less than rainfed clay)")
    ap.add_argument("--exact-round", action="store_true",
                    help="run AquaCrop with numpy's own scalar round (slower; fast_round gives the same seasons)")
    ap.add_argument("--sort-only", action="store_true",
                    help="only rewrite the output files in canonical order (after an interrupted run)")
    a = ap.parse_args()
    skip = tuple(x for x in a.skip_soils.split(",") if x)
    FAST_ROUND = not a.exact_round
    tasks = main_tasks()
    otasks = ood_tasks([int(x) for x in a.test_years.split(",")])
    if a.limit:
        tasks, otasks = tasks[: a.limit], otasks[: a.limit]
    data_dir = os.path.dirname(os.path.abspath(a.out))
    os.makedirs(data_dir, exist_ok=True)
    if a.sort_only:
        for t, path in ((otasks, a.ood_out), (tasks, a.out)):
            print(f"{path}: {len(sort_canonically(t, path))} rows in canonical order")
        sys.exit(0)
    # the out-of-range scenarios first (few), then the main design
    n_ood, s_ood = run(otasks, a.workers, "ood", a.ood_out, a.resume, skip)
    n_main, s_main = run(tasks, a.workers, "main", a.out, a.resume, skip)
    import json
    timing_path = os.path.join(data_dir, "generation_timing.json")
    runs = json.load(open(timing_path)).get("runs", []) if (a.resume and os.path.exists(timing_path)) else []
    runs.append({"main_seasons_simulated": n_main, "main_seconds": round(s_main),
                 "ood_seasons_simulated": n_ood, "ood_seconds": round(s_ood), "workers": a.workers})
    with open(timing_path, "w") as f:
        json.dump({"main_seasons": len(tasks), "ood_seasons": len(otasks),
                   "main_seconds": sum(r["main_seconds"] for r in runs),
                   "ood_seconds": sum(r["ood_seconds"] for r in runs), "workers": a.workers, "runs": runs}, f, indent=2)
        f.write("\n")
