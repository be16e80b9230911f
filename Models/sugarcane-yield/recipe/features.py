"""Season weather inputs beyond the quarterly summaries, recomputed from the seeded weather generator.

The simulation (generate_data.py) stores per season the 16 quarterly summaries it was run with. Every other
weather input the model takes is a function of the same daily weather, which is fully determined by
(site, weather_year, planting_month, scenario), so it is recomputed here rather than stored by the
simulation; `add_features` also recomputes the quarterly summaries and checks them against the CSV, so a
drifting generator cannot pass silently.

Definitions (the planting day is day 1 of the season, the season has 335 days):
* season month k (k = 1..11): the k-th calendar month of the season, from the 1st of that month to the
  day before the 1st of the next, cut at day 335 (planting is on the 1st of a month, so month 1 is the
  planting month; month 11 loses the day(s) after day 335);
* rain_m{k}_mm: rainfall total over season month k (mm);
* et0_m{k}_mm: FAO-56 Hargreaves reference ET total over season month k (mm);
* dry_spell_q{q}_d: the longest run of consecutive days with less than 1 mm of rain that lies within season
  quarter q (days 1-91, 92-182, 183-273, 274-335), in days;
* running water deficit (added in version 0.3.0): a daily book-keeping of reference ET against rain from the
  planting day, D_0 = 0, D_t = max(0, D_{t-1} + ET0_t - rain_t) (mm): it grows on dry days, shrinks with rain,
  never goes below 0 (a wet spell resets it) and has no upper limit;
* deficit_max_m{k}_mm: the largest value of D_t reached on a day of season month k (mm);
* bucket_empty_m{k}_d: the same book-keeping capped at BUCKET_MM, B_t = min(BUCKET_MM, max(0, B_{t-1} + ET0_t -
  rain_t)), i.e. a water store of BUCKET_MM mm that starts full at planting; the number of days of season month
  k on which it is empty (B_t = BUCKET_MM), in days.
Both need only a weather station's daily rain and ET0 (FAO-56 Hargreaves here) and no soil or crop parameters.
"""
import functools
import os
import sys

import numpy as np
import pandas as pd

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_data as gd  # noqa: E402

N_MONTHS = 11
DRY_DAY_MM = 1.0
BUCKET_MM = 300.0
SCENARIO_PERTURBATION = {"normal": (1.0, 0.0), **{name: (rs, ts) for name, rs, ts in gd.OOD_SCENARIOS}}


def month_bounds(plant):
    """[start, end) day offsets of the 11 season months, cut at the season's length."""
    starts = [(plant + pd.DateOffset(months=k) - plant).days for k in range(N_MONTHS + 1)]
    return [(min(starts[k], gd.SEASON_DAYS), min(starts[k + 1], gd.SEASON_DAYS)) for k in range(N_MONTHS)]


def longest_run(mask):
    best = run = 0
    for m in mask:
        run = run + 1 if m else 0
        best = max(best, run)
    return best


@functools.lru_cache(maxsize=None)
def season_inputs(site, year_index, month, scenario):
    rain_scale, temp_shift = SCENARIO_PERTURBATION[scenario]
    wdf, plant, _ = gd.season_weather(site, int(year_index), int(month), rain_scale, temp_shift)
    start = int(wdf.index[wdf["Date"] == plant][0])
    season = wdf.iloc[start: start + gd.SEASON_DAYS]
    rain = season["Precipitation"].values
    et0 = season["ReferenceET"].values
    out = dict(gd.season_summary(wdf, plant))  # the 16 quarterly inputs, as the simulation stored them
    for k, (a, b) in enumerate(month_bounds(plant), start=1):
        out[f"rain_m{k}_mm"] = round(float(rain[a:b].sum()), 1)
        out[f"et0_m{k}_mm"] = round(float(et0[a:b].sum()), 1)
    deficit = np.zeros(len(rain))
    bucket = np.zeros(len(rain))
    d = b = 0.0
    for i in range(len(rain)):
        d = max(0.0, d + et0[i] - rain[i])
        b = min(BUCKET_MM, max(0.0, b + et0[i] - rain[i]))
        deficit[i], bucket[i] = d, b
    for k, (a, b_) in enumerate(month_bounds(plant), start=1):
        out[f"deficit_max_m{k}_mm"] = round(float(deficit[a:b_].max()), 1)
        out[f"bucket_empty_m{k}_d"] = int((bucket[a:b_] >= BUCKET_MM - 1e-9).sum())
    qb = gd.QUARTER_BOUNDS
    for q in range(4):
        out[f"dry_spell_q{q + 1}_d"] = longest_run(rain[qb[q]: qb[q + 1]] < DRY_DAY_MM)
    return out


def add_features(df, names):
    """`df` with the columns `names` added (recomputed from the weather); checks the quarterly columns."""
    rows = [season_inputs(r.site, r.weather_year, r.planting_month, r.scenario) for r in df.itertuples(index=False)]
    rec = pd.DataFrame(rows, index=df.index)
    for col in [c for c in rec.columns if c.endswith(("_q1_mm", "_q2_mm", "_q3_mm", "_q4_mm", "_c"))]:
        if col in df.columns:
            diff = np.abs(rec[col].values - df[col].values).max() if len(df) else 0.0
            assert diff < 0.051, f"recomputed {col} differs from the simulated data by {diff}"
    out = df.copy()
    for n in names:
        if n not in out.columns:
            out[n] = rec[n].values
    return out
