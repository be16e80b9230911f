"""Write manifest.json, the model card README.md and recipe/README.md from what train.py measured
(recipe/metrics.json) and what generate_data.py timed (recipe/data/generation_timing.json).

    python export_bundle.py --bundle .. --train-wall-seconds N
"""
import argparse
import hashlib
import json
import os
import sys

import pandas as pd

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import generate_data as gd  # noqa: E402
import features as F  # noqa: E402
import train as tr  # noqa: E402
import weather  # noqa: E402

MODEL_SOILS = tr.CATEGORIES["soil"]

NAME = "sugarcane-yield"
VERSION = "0.3.0"

WEATHER_DESC = {
    "rain": ("mm", "rainfall total"),
    "tmax": ("degC", "mean of daily maximum temperature"),
    "tmin": ("degC", "mean of daily minimum temperature"),
    "et0": ("mm", "FAO-56 Hargreaves reference evapotranspiration total"),
}
QUARTER_TEXT = {1: "days 1-91 after planting", 2: "days 92-182", 3: "days 183-273", 4: "days 274-335 (to harvest)"}
ORDINAL = {1: "1st", 2: "2nd", 3: "3rd"}


def years_text(years):
    """[0, 1, ..., 31, 40, ..., 59] -> '0-31 and 40-59'."""
    years = sorted(years)
    runs, start = [], years[0]
    for a, b in zip(years, years[1:] + [None]):
        if b != a + 1:
            runs.append(f"{start}-{a}" if a != start else f"{a}")
            start = b
    return " and ".join(runs)


def month_text(k):
    return (f"season month {k} (the {ORDINAL.get(k, f'{k}th')} calendar month of the season, counting the planting "
            "month as month 1" + (", up to day 335" if k == 11 else "") + ")")


def weather_input(name, ranges):
    """The manifest spec of one weather input of train.WEATHER."""
    if name.startswith("deficit_max_m"):
        k = int(name[len("deficit_max_m"):].split("_")[0])
        return {"name": name, "type": "number", "unit": "mm",
                "description": f"largest running water deficit on a day of {month_text(k)}: from planting, "
                               "D = max(0, D + ET0 - rain) each day with D = 0 on the planting day (daily FAO-56 "
                               "Hargreaves ET0 and rain, mm; no upper limit)", "required": True, "range": ranges[name]}
    if name.startswith("bucket_empty_m"):
        k = int(name[len("bucket_empty_m"):].split("_")[0])
        cap = f"{F.BUCKET_MM:.0f}"
        return {"name": name, "type": "integer", "unit": "d",
                "description": f"days of {month_text(k)} on which a {cap} mm water store, full at planting and "
                               f"booked daily as B = min({cap}, max(0, B + ET0 - rain)), is empty (B = {cap})",
                "required": True, "range": ranges[name]}
    if name.startswith("dry_spell"):
        q = int(name[len("dry_spell_q")])
        return {"name": name, "type": "integer", "unit": "d",
                "description": f"longest run of consecutive days with less than 1 mm of rain within season quarter {q} "
                               f"({QUARTER_TEXT[q]})", "required": True, "range": ranges[name]}
    var, period = name.split("_")[:2]
    unit, what = WEATHER_DESC[var]
    if period.startswith("m"):
        k = int(period[1:])
        when = month_text(k)
    else:
        when = f"season quarter {period[1:]} ({QUARTER_TEXT[int(period[1:])]})"
    return {"name": name, "type": "number", "unit": unit, "description": f"{what} over {when}",
            "required": True, "range": ranges[name]}


def sha256(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def f2(x):
    return f"{x:.2f}"


def f3(x):
    return f"{x:.3f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bundle", required=True)
    ap.add_argument("--train-wall-seconds", type=int, default=None)
    a = ap.parse_args()
    bundle = os.path.abspath(a.bundle)
    m = json.load(open(os.path.join(here, "metrics.json")))
    tr.WEATHER = tr.FEATURE_SETS[m["model"]["feature_set"]]  # the inputs train.py chose on validation
    timing_path = os.path.join(here, "data", "generation_timing.json")
    gen_timing = json.load(open(timing_path)) if os.path.exists(timing_path) else None
    data = pd.read_csv(os.path.join(here, "data", "seasons.csv"))
    ranges = m["input_ranges"]

    inputs = [
        {"name": "planting_month", "type": "integer", "unit": "month",
         "description": "calendar month of planting (plant cane) or of ratoon regrowth start; the season is taken "
                        "to start on the 1st of this month and last 335 days to harvest",
         "required": True, "range": [min(gd.PLANTING_MONTHS), max(gd.PLANTING_MONTHS)]},
        {"name": "crop_class", "type": "category", "description": "plant cane (first crop from setts) or ratoon "
         "(regrowth from the previous crop's stools)", "required": True, "values": gd.CROP_CLASSES},
        {"name": "soil", "type": "category", "description": "AquaCrop soil texture class of the field (heavy clay is "
         "not supported, see the model card)", "required": True, "values": MODEL_SOILS},
        {"name": "irrigation", "type": "category",
         "description": "irrigation strategy: rainfed; smt40 = irrigate (up to 25 mm/day) whenever root-zone "
                        "water falls below 40 % of total available water (deficit irrigation); smt70 = the same "
                        "at 70 % (full irrigation)", "required": True, "values": gd.IRRIGATION},
    ]
    inputs += [weather_input(name, ranges) for name in tr.WEATHER]

    t = m["test"]
    sp = m["split"]
    split_text = (f"by weather year: synthetic weather years {years_text(sp['train_weather_years'])} train "
                  f"({sp['n_train']} seasons), {years_text(sp['val_weather_years'])} select the epoch ({sp['n_val']}), "
                  f"{years_text(sp['test_weather_years'])} held out ({sp['n_test']}); held-out seasons use weather "
                  "years never seen in training, at all three sites; metrics are against the simulator")
    limits = [
        "Trained on simulated data only (FAO AquaCrop-OSPy 3.1.0 driven by a synthetic weather generator); errors "
        "are measured against the simulator, not against harvested fields.",
        "Spring-planted and ratoon cane with a 335-day season starting January-April only; autumn-planted cane "
        "(September-October, 14-16 month seasons) and other harvest ages are out of scope.",
        "Guangxi's Nanning-Chongzuo-Laibin belt only; weather inputs outside the manifest ranges are refused; the "
        "model card reports how error grows under out-of-range drought and +4 degC heat.",
        "Rainfed seasons in dry years are the least accurate region: yield collapses non-linearly when the crop "
        "dies of water stress before harvest, which monthly and quarterly weather summaries only partly describe.",
        "Assumes the crop established: seasons whose setts failed in a dry first week (AquaCrop ends them with zero "
        "yield within 10 days) were excluded from training and from the headline metrics.",
        "Heavy clay soils: AquaCrop's built-in Clay class waterlogs SugarCane permanently, so Clay seasons were "
        "excluded and the model refuses soil=Clay.",
        "No varieties, fertiliser, pests, diseases, lodging, frost, typhoon damage, or sugar content (CCS); the "
        "ratoon class is a documented parameter change, not a calibrated ratoon model.",
        "Not for crop insurance, loss adjustment, contracts or any decision about a specific farmer without field "
        "verification.",
    ]
    pre = dict(m["preprocessing"])
    manifest = {
        "schema": "bagui.bundle/1",
        "name": NAME,
        "version": VERSION,
        "domain": "sugar",
        "task": "regression",
        "description": "Fresh sugarcane yield (t/ha) for a season in Guangxi's Nanning-Chongzuo-Laibin cane belt "
                       "from planting month, crop class, soil, irrigation and the season's quarterly and monthly weather",
        "architecture": "bagui-mlp",
        "plugin": None,  # identity and one-hot features: generic, no code plugin needed
        "inputs": inputs,
        "outputs": [{"name": "yield_t_ha", "type": "number", "unit": "t/ha",
                     "description": "fresh cane yield, as AquaCrop's 'Fresh yield (tonne/ha)' (dry yield / 0.30 "
                                    "for the SugarCane crop file, YldWC = 30)"}],
        "preprocessing": pre,
        "files": {f: sha256(os.path.join(bundle, f)) for f in ("config.json", "model.safetensors", "golden.json")},
        "languages": [],
        "license": "Apache-2.0",
        "intendedUse": "Extension officers, sugar-mill field staff and planners in Guangxi's cane belt estimating a "
                       "season's fresh cane yield, and comparing irrigation strategies, soils and planting months "
                       "under given or scenario season weather; decision support, trained on simulated data.",
        "limits": limits,
        "metrics": {"split": split_text,
                    "heldOut": {"r2": round(t["r2"], 4), "mae_t_ha": round(t["mae_t_ha"], 3),
                                "rmse_t_ha": round(t["rmse_t_ha"], 3), "n": t["n"]}},
        "policy": {"dataCategories": ["agronomic", "weather"],
                   "processingRegions": ["on-device", "CN", "ASEAN"]},
    }
    with open(os.path.join(bundle, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")

    write_card(bundle, manifest, m, data, gen_timing)
    write_recipe_readme(m, gen_timing, a.train_wall_seconds, data)
    print("wrote manifest.json, README.md, recipe/README.md")


def metrics_row(name, r):
    return f"| {name} | {r['n']} | {f3(r['r2'])} | {f2(r['mae_t_ha'])} | {f2(r['rmse_t_ha'])} |"


def write_card(bundle, manifest, m, data, gen_timing):
    t = m["test"]
    allnormal = data[data["scenario"] == "normal"]
    normal = allnormal[allnormal["soil"].isin(MODEL_SOILS)]
    clay = allnormal[~allnormal["soil"].isin(MODEL_SOILS)]
    y = normal["fresh_yield_t_ha"]
    by_irr = normal.groupby("irrigation")["fresh_yield_t_ha"].describe(percentiles=[0.1, 0.5, 0.9])
    by_cls = normal.groupby("crop_class")["fresh_yield_t_ha"].mean()
    died = (normal["season_days_simulated"] < gd.SEASON_DAYS - 1).mean()

    L = []
    L.append(f"# sugarcane-yield {manifest['version']}: fresh cane yield for Guangxi's cane belt\n")
    L.append("**This model is trained on simulated data.** Every training and test season was simulated with FAO "
             "AquaCrop (the AquaCrop-OSPy Python package, version 3.1.0) driven by a seeded synthetic weather "
             "generator calibrated to published climate normals. Its accuracy figures are agreement with that "
             "simulator, not with harvested fields; it has never been validated against field yields.\n")
    L.append("A small MLP (`bagui-mlp`) estimates the **fresh cane yield in t/ha** of one season from what a field "
             "officer knows: planting month, plant or ratoon crop, soil texture, irrigation strategy, rainfall, "
             "mean maximum and minimum temperature and reference ET for each quarter of the season"
             + (", and rainfall for each month of the season" if tr.MONTHLY_RAIN[0] in tr.WEATHER else "")
             + (", reference ET for each month" if tr.MONTHLY_ET0[0] in tr.WEATHER else "")
             + (", and the longest dry spell in each quarter" if tr.DRY_SPELLS[0] in tr.WEATHER else "")
             + (", and, for each month, the largest running water deficit (reference ET minus rain, booked daily "
                "from planting) and the number of days a 300 mm water store booked the same way is empty"
                if tr.DEFICIT[0] in tr.WEATHER else "")
             + (". All of them are monthly or quarterly totals, means or daily book-keeping that a weather station's "
                "daily rain and temperature record gives; none needs soil or crop measurements.\n"
                if tr.DEFICIT[0] in tr.WEATHER else
                ". All of them are monthly or quarterly totals and means a weather station's daily record gives.\n"))
    L.append("## Intended use and users\n")
    L.append("- **Users:** extension officers, sugar-mill field staff and planners in Guangxi's Nanning, Chongzuo "
             "and Laibin cane areas.\n- **Uses:** estimating a season's yield once its weather is known (post-season "
             "or late-season, filling the remaining quarters with normals or a seasonal outlook), and comparing "
             "irrigation strategies, soils, planting months and plant vs. ratoon under the same weather. It is "
             "decision support for planning, not a measurement.\n")
    L.append("## Out-of-scope use\n")
    for lim in manifest["limits"]:
        L.append(f"- {lim}")
    L.append("- Forecasting from the planting date alone: the model needs the whole season's weather summaries; "
             "supplying climatology for future quarters gives a climatological expectation, not a forecast.\n")

    L.append("## Inputs and output\n")
    L.append("| name | type | unit | valid values | meaning |\n|---|---|---|---|---|")
    for s in manifest["inputs"]:
        vals = ", ".join(s["values"]) if s["type"] == "category" else f"{s['range'][0]} to {s['range'][1]}"
        L.append(f"| `{s['name']}` | {s['type']} | {s.get('unit', '')} | {vals} | {s['description']} |")
    L.append("\nNumeric ranges are the minimum and maximum seen in the training split (rounded outward); requests "
             "outside them should be refused rather than extrapolated (see *Error growth outside the training "
             "ranges*).\n")
    L.append("Output: `yield_t_ha`, fresh cane yield in t/ha. AquaCrop computes it from its dry yield as "
             "`dry / (YldWC / 100)` with `YldWC = 30` in its built-in SugarCane file, i.e. fresh = dry / 0.30; the "
             "recipe trains on that `Fresh yield (tonne/ha)` column and applies no conversion of its own. The "
             "dataset also keeps the dry yield.\n")

    L.append("## Preprocessing (applied by Bagui's generic feature encoder from `preprocessing.featureOrder`)\n")
    L.append(f"The network sees {len(manifest['preprocessing']['featureOrder'])} features, in `preprocessing.featureOrder`, each standardised as "
             "`(x - featureMean[i]) / featureStd[i]`; its single output `raw` gives "
             "`yield_t_ha = raw * targetStd.yield_t_ha + targetMean.yield_t_ha`. The derivation rules are also in "
             "`preprocessing.derived`:\n")
    L.append("- `planting_month`: the integer month, identity (not sin/cos: only January-April occur).")
    onehots = ", ".join(f"`{n}`" for n in manifest["preprocessing"]["featureOrder"] if "=" in n)
    L.append(f"- {onehots}: one-hot, 1 if the input equals the value after `=`, else 0.")
    L.append(f"- the {len(tr.WEATHER)} weather inputs: identity, in the order of the inputs table: the 16 quarterly ones "
             "(q1 rain, tmax, tmin, et0, then q2, q3, q4)"
             + (", then monthly rain m1-m11" if tr.MONTHLY_RAIN[0] in tr.WEATHER else "")
             + (", monthly ET0 m1-m11" if tr.MONTHLY_ET0[0] in tr.WEATHER else "")
             + (", the quarterly longest dry spells" if tr.DRY_SPELLS[0] in tr.WEATHER else "")
             + (", then the monthly largest water deficit m1-m11, then the monthly empty-store days m1-m11"
                if tr.DEFICIT[0] in tr.WEATHER else "") + ".\n")
    L.append("Weather inputs are defined as the simulator's data were: quarter 1 = days 1-91 after planting (the "
             "planting day is day 1), quarter 2 = days 92-182, quarter 3 = days 183-273, quarter 4 = days 274-335; "
             "rain and ET0 are sums in mm, temperatures are means of daily values in degC; ET0 is FAO-56 Hargreaves "
             "(below). A user with Penman-Monteith ET0 should expect a shift: Hargreaves tends to overestimate in "
             "humid climates. Season month k is the k-th calendar month of the season counting the planting month "
             "(planting is on its 1st) as month 1; month 11 ends at day 335, the harvest. The monthly and dry-spell "
             "inputs were added in version 0.2.0"
             + (", the water-deficit inputs in version 0.3.0" if tr.DEFICIT[0] in tr.WEATHER else "")
             + "; the simulator stores the quarterly summaries and `recipe/features.py` recomputes the others from "
             "the same seeded daily weather (the seasons were not re-simulated for them).\n")
    if tr.DEFICIT[0] in tr.WEATHER:
        cap = f"{F.BUCKET_MM:.0f}"
        L.append("**Water-deficit inputs (version 0.3.0).** Both are computed from the season's daily rain and daily "
                 "FAO-56 Hargreaves ET0, starting on the planting day. The running deficit is "
                 "`D = max(0, D + ET0 - rain)` each day, from `D = 0`: it grows on dry days, a wet spell brings it "
                 "back to 0, and it has no upper limit; `deficit_max_m{k}_mm` is its largest value on a day of "
                 f"season month k. The {cap} mm store is the same book-keeping capped at {cap} mm, "
                 f"`B = min({cap}, max(0, B + ET0 - rain))`, i.e. a store that starts full at planting; "
                 f"`bucket_empty_m{{k}}_d` counts the days of season month k with `B = {cap}`. They tell the network "
                 "when a long dry spell sets in and how deep it gets, which is what decides whether and when a "
                 "rainfed crop dies; monthly totals alone do not.\n")

    L.append("## Held-out metrics\n")
    L.append(f"Split: {manifest['metrics']['split']}.\n")
    L.append("| set | seasons | R² | MAE (t/ha) | RMSE (t/ha) |\n|---|---|---|---|---|")
    sp = m["split"]
    L.append(metrics_row(f"train (weather years {years_text(sp['train_weather_years'])})", m["train"]))
    L.append(metrics_row(f"validation (years {years_text(sp['val_weather_years'])}, epoch selection)", m["val"]))
    L.append(metrics_row(f"**held-out test (years {years_text(sp['test_weather_years'])})**", t))
    ef = m["establishment_failures"]
    L.append(metrics_row("held-out test including establishment failures", m["test_including_establishment_failures"]))
    L.append(f"\n**Establishment failures are excluded.** In {ef['all_splits']} of {ef['of']} simulated non-clay "
             f"seasons ({', '.join(f'{k}: {v}' for k, v in ef['by_irrigation_and_class'].items())}) AquaCrop ended the "
             f"season within {tr.ESTABLISHMENT_DAYS} days of planting with zero yield: the setts failed to establish "
             "in a dry first week, which quarterly totals cannot show, and in practice the field would be replanted. "
             "They are left out of training and of the headline metrics; the last row above shows the held-out "
             "metrics with them put back.\n")
    L.append(f"**The quality bar (held-out R² >= 0.9) is not met** by this version: held-out R² is {f3(t['r2'])}. "
             "Its remaining errors concentrate in rainfed seasons where the crop dies of drought before harvest.\n"
             if t["r2"] < 0.9 else f"The quality bar (held-out R² >= 0.9) is met: held-out R² {f3(t['r2'])}.\n")
    L.append("**How this figure was reached.** A first training of version 0.3.0, on the first 678 of the rainfed "
             "seasons of weather years 64-103 (the simulation had been stopped for time), chose the same inputs on "
             "validation and gave held-out R² 0.897 and MAE 1.73 t/ha. After that figure had been seen, the simulation "
             "of the planned design was resumed and completed (run 7, the remaining 762 seasons) and the same `train.py`, unchanged, was run "
             "once more on the larger data; the figures in this card are from that second and last training. Nothing "
             "in the procedure (inputs, candidates, hyperparameters, epoch choice) was changed between the two.\n")
    L.append(f"\nFor scale: the training seasons' simulated yield has mean {f2(m['target_train']['mean'])} t/ha and "
             f"standard deviation {f2(m['target_train']['std'])} t/ha. "
             f"{100 * t['share_with_input_outside_training_range']:.1f} % of the held-out seasons have at least one "
             "weather input outside the manifest ranges (Bagui would refuse them); they are included above.\n")
    L.append("Held-out metrics per slice:\n")
    L.append("| slice | seasons | R² | MAE (t/ha) | RMSE (t/ha) |\n|---|---|---|---|---|")
    for k, r in m["test_slices"].items():
        L.append(metrics_row(f"`{k}`", r))
    L.append("\nR² within a slice depends on that slice's own yield spread; MAE is comparable across slices.\n")

    L.append("## Error growth outside the training ranges\n")
    L.append("The held-out weather years were re-simulated with deliberately out-of-range weather over the whole "
             "season: rain x 0.35 (drought), +4 degC on every daily maximum and minimum (heat, with ET0 recomputed), "
             f"and both together; {gd.OOD_PER_SCENARIO} seasons each, sampled over sites, years and management (the table "
             "counts those left after removing Clay and establishment failures, as for the main data). The "
             "network was evaluated on them directly (Bagui would refuse most of these requests because an input "
             "is outside the manifest range).\n")
    L.append("| scenario | seasons | share with an input outside training range | mean simulated yield | mean predicted | R² | MAE (t/ha) | RMSE (t/ha) | MAE vs. held-out MAE |\n|---|---|---|---|---|---|---|---|---|")
    L.append(f"| held-out test years, unperturbed | {t['n']} | {100 * t['share_with_input_outside_training_range']:.0f} % | {f2(t['mean_simulated_yield_t_ha'])} | - | {f3(t['r2'])} | {f2(t['mae_t_ha'])} | {f2(t['rmse_t_ha'])} | 1.0x |")
    for s, r in m["out_of_range"].items():
        L.append(f"| {s} | {r['n']} | {100 * r['share_with_input_outside_training_range']:.0f} % | "
                 f"{f2(r['mean_simulated_yield_t_ha'])} | {f2(r['mean_predicted_yield_t_ha'])} | {f3(r['r2'])} | "
                 f"{f2(r['mae_t_ha'])} | {f2(r['rmse_t_ha'])} | {r['mae_t_ha'] / t['mae_t_ha']:.1f}x |")
    L.append("\nBy irrigation strategy (MAE in t/ha):\n")
    L.append("| scenario | " + " | ".join(gd.IRRIGATION) + " |\n|---|" + "---|" * len(gd.IRRIGATION))
    for s, r in m["out_of_range"].items():
        L.append(f"| {s} | " + " | ".join(f2(r["by_irrigation"][i]["mae_t_ha"]) + f" (n={r['by_irrigation'][i]['n']})"
                                           if i in r["by_irrigation"] else "-" for i in gd.IRRIGATION) + " |")
    L.append("")

    L.append("## Known failure regions\n")
    L.append(f"- **Rainfed seasons in dry years.** In {100 * died:.1f} % of the simulated in-range seasons the crop "
             "died before the harvest date (AquaCrop then ends the season early and yield collapses; this share "
             "includes the establishment failures above); "
             "how far it collapses depends on when the crop dies, which hinges on the timing of dry spells that "
             f"monthly totals only partly carry. Held-out MAE for rainfed seasons is {f2(m['test_slices']['irrigation=rainfed']['mae_t_ha'])} "
             f"t/ha against {f2(m['test_slices']['irrigation=smt70']['mae_t_ha'])} t/ha for `smt70`. "
             f"In the held-out years {m['test_crop_died']['n']} of {t['n']} seasons died before harvest; they carry "
             f"{100 * m['test_crop_died']['share_of_squared_error']:.0f} % of the held-out squared error (MAE "
             f"{f2(m['test_crop_died']['mae_t_ha'])} t/ha on them), and held-out R² would be "
             f"{f3(m['test_crop_died']['r2_if_these_were_exact'])} if they alone were predicted exactly."
             + (" This is why R² stays below the bar while MAE is small: a handful of deaths dominate the squared "
                "error." if t["r2"] < 0.9 else ""))
    for s_name, r in m["out_of_range"].items():
        bias = r["mean_predicted_yield_t_ha"] - r["mean_simulated_yield_t_ha"]
        word = "overestimates" if bias > 0 else "underestimates"
        L.append(f"- **{s_name}:** on average the network {word} the simulator by {abs(bias):.1f} t/ha "
                 f"(MAE {f2(r['mae_t_ha'])} t/ha, {r['mae_t_ha'] / t['mae_t_ha']:.1f}x the held-out MAE).")
    L.append("- **Ratoon** is AquaCrop's SugarCane with changed parameters (below), not a calibrated ratoon model.")
    rf = by_irr.loc["rainfed"]
    L.append(f"- **Absolute level.** Simulated rainfed seasons average {f2(rf['mean'])} t/ha (p10 {f2(rf['10%'])}, "
             f"p90 {f2(rf['90%'])}), irrigated `smt70` seasons {f2(by_irr.loc['smt70']['mean'])} t/ha; Guangxi cane is "
             "commonly reported at 60-100 t/ha fresh. AquaCrop's default SugarCane parameters are not calibrated to "
             "Guangxi varieties, the soil starts at 50 % of available water, and Hargreaves ET0 tends to run high in "
             "humid climates, so treat differences between strategies as more reliable than absolute levels.\n")

    L.append("## Data provenance\n")
    L.append("**Simulator.** FAO AquaCrop via AquaCrop-OSPy, PyPI `aquacrop==3.1.0`, built-in crop `SugarCane` "
             "(calendar-day crop file: emergence 7 d, max rooting 60 d, senescence 330 d, maturity 365 d, "
             "CCx 0.95, CGC 0.12548/d, CDC 0.07615/d, Kcb 1.1, WP 30 g/m², HI0 0.35, Tbase 9 degC, Tupper 32 degC, "
             "Zmin 0.3 m, Zmax 1.8 m, YldWC 30 %). Per season: planting on the 1st of the month, explicit "
             f"`harvest_date` {gd.SEASON_DAYS} days later, initial soil water 50 % of total available water, "
             f"constant CO2 {gd.CO2_PPM:.0f} ppm (the synthetic year labels must not pull in AquaCrop's CO2 time "
             "series), no groundwater, default field management.\n")
    L.append(f"**Ratoon.** `SugarCane` with {', '.join(f'{k}={v:.5g}' for k, v in gd.RATOON_OVERRIDES.items())}: "
             "existing stool roots (deeper minimum rooting, faster to full depth), faster emergence and canopy growth, "
             "and -10 % water productivity for ratoon vigour decline. These are stated assumptions, not a calibration.\n")
    L.append("**Soils.** AquaCrop built-in texture classes `ClayLoam`, `Loam`, `SandyLoam`. The design also draws "
             "`Clay`, but AquaCrop's built-in Clay has field capacity 0.54 m3/m3 against saturation 0.55, while "
             "SugarCane's aeration stress starts 5 points below saturation (`Aer` = 5): the crop is waterlogged "
             "whenever the clay is at field capacity, and irrigated clay yields less than rainfed clay. Clay seasons "
             "are therefore skipped by the simulation (`generate_data.py --skip-soils Clay`, the default) and "
             "excluded from training; the "
             f"{len(clay)} Clay seasons simulated before that decision stay in `seasons.csv` for audit "
             + (f"(mean fresh yield: " + ", ".join(f"{k} {v:.1f}" for k, v in clay.groupby('irrigation')['fresh_yield_t_ha'].mean().items()) + " t/ha).\n" if len(clay) else ".\n"))
    L.append("**Irrigation.** `rainfed` (method 0); `smt40` and `smt70`: AquaCrop method 1 (soil-moisture targets), "
             "irrigate whenever root-zone water falls below 40 % / 70 % of total available water (TAW), in all four "
             "growth stages, at most 25 mm/day, application efficiency 100 %.\n")
    designed = len(gd.main_tasks())
    designed_noclay = sum(1 for t in gd.main_tasks() if t[4] in MODEL_SOILS)
    L.append(f"**Design.** 3 sites x {gd.N_YEARS} synthetic weather years (0-{gd.N_YEARS - 1}); for each site-year "
             f"{gd.SEASONS_PER_SITE_YEAR} of the {len(gd.PLANTING_MONTHS) * len(gd.CROP_CLASSES) * len(gd.SOILS) * len(gd.IRRIGATION)} "
             "combinations of planting month (Jan-Apr) x crop class x soil x irrigation are drawn without "
             f"replacement with a fixed seed. Version 0.2.0 adds weather years {years_text(gd.EXTRA_YEARS)}, each "
             f"site-year drawing {gd.EXTRA_SEASONS_PER_SITE_YEAR} of the 72 combinations on the three modelled soils "
             f"(more weather rather than more management per year). Version 0.3.0 adds weather years "
             f"{years_text(gd.RAINFED_YEARS)}, rainfed only, each site-year drawing {gd.RAINFED_SEASONS_PER_SITE_YEAR} of "
             "the 24 rainfed combinations on the three modelled soils: only rainfed seasons die of drought, and those "
             "deaths carried most of version 0.2.0's held-out squared error, so the extra simulation went where the "
             "error was (this over-represents rainfed seasons in training and validation; the held-out years keep "
             f"version 0.2.0's design). In all {designed} seasons, {designed_noclay} of "
             "them on the three modelled soils. The simulation runs them in a seeded random order and can be resumed, so a partial run covers "
             f"sites, years and management evenly. **This bundle's data hold {len(normal)} simulated non-clay seasons "
             f"({100 * len(normal) / designed_noclay:.0f} % of the non-clay design), split by weather year as above**"
             + (": the simulation was stopped when the session's time ran out; `run.sh --resume-data` completes it."
                if len(normal) < designed_noclay else ".")
             + f" Plus {sum(r['n'] for r in m['out_of_range'].values())} out-of-range seasons (non-clay) on the "
             "held-out years. The data are `recipe/data/seasons.csv` and `recipe/data/ood.csv`.\n")
    L.append("Simulated fresh yield by irrigation strategy (all in-range seasons, t/ha):\n")
    L.append("| irrigation | seasons | mean | p10 | median | p90 |\n|---|---|---|---|---|---|")
    for irr, r in by_irr.iterrows():
        L.append(f"| {irr} | {int(r['count'])} | {f2(r['mean'])} | {f2(r['10%'])} | {f2(r['50%'])} | {f2(r['90%'])} |")
    L.append(f"\nAll seasons: mean {f2(y.mean())}, min {f2(y.min())}, max {f2(y.max())} t/ha; plant cane mean "
             f"{f2(by_cls['plant'])}, ratoon mean {f2(by_cls['ratoon'])} t/ha.\n")
    L.append("**Weather generator** (`recipe/weather.py`, seeded per site and year): rain occurrence as a first-order "
             "Markov chain (wet-day probability = normal rain days / days in month, persistence 0.30), gamma amounts "
             "(shape 0.70), log-normal monthly rain multipliers (sd 0.5, AR(1) 0.5 across months) for dry and wet "
             "years; temperatures as the interpolated monthly normal plus monthly (sd 0.8 degC) and daily (AR(1) 0.7, "
             "sd 1.5 degC) anomalies, cooler days and warmer nights on wet days. Reference ET: FAO-56 Hargreaves "
             "(Allen et al. 1998, FAO Irrigation and Drainage Paper 56, eq. 52), "
             "`ET0 = 0.0023 (Tmean + 17.8) sqrt(Tmax - Tmin) Ra`, with extraterrestrial radiation Ra from latitude "
             "and day of year (eq. 21), converted by 0.408 to mm/day.\n")
    L.append("**Climate normals** (monthly mean daily max/min temperature, rainfall, rain days >= 0.1 mm):\n")
    L.append("| site | latitude | source | status |\n|---|---|---|---|")
    L.append("| Laibin | 23.97 N (Xiangzhou station) | China Meteorological Administration 1991-2020 normals for the "
             "Xiangzhou County station (Laibin prefecture), as tabulated in the English Wikipedia article "
             "\"Xiangzhou County\" | transcribed from that table |")
    L.append("| Nanning | 22.82 N | consistent with the CMA 1991-2020 normals for Nanning as reported in the English "
             "Wikipedia article \"Nanning\" | **approximate**: the monthly values were entered from memory of that "
             "table and could not be re-verified when the recipe was written |")
    L.append("| Chongzuo | 22.38 N | constrained to the figures in the English Wikipedia article \"Chongzuo\" "
             "(January mean 14.1 degC, July mean 28.9 degC, annual rain 1,100-1,300 mm) | **approximate**: monthly "
             "shape interpolated between those anchors, following Nanning's |")
    n_years = max(gd.RAINFED_YEARS) + 1
    L.append(f"\nGenerated annual statistics (first calendar year of each of the {n_years} site-years):\n")
    L.append("| site | normal rain (mm) | generated rain mean (sd) | normal mean Tmax / Tmin | generated Tmax / Tmin |"
             "\n|---|---|---|---|---|")
    import numpy as np
    for s in weather.SITES:
        tots, tx, tn = [], [], []
        for k in range(n_years):
            d = weather.generate(s, k, seed=gd.SEED)
            d = d[d["Date"].dt.year == d["Date"].dt.year.min()]
            tots.append(d["Precipitation"].sum())
            tx.append(d["MaxTemp"].mean())
            tn.append(d["MinTemp"].mean())
        nm = weather.NORMALS[s]
        L.append(f"| {s} | {sum(nm['rain']):.0f} | {np.mean(tots):.0f} ({np.std(tots):.0f}) | "
                 f"{np.mean(nm['tmax']):.1f} / {np.mean(nm['tmin']):.1f} | {np.mean(tx):.1f} / {np.mean(tn):.1f} |")
    L.append("\nThe monthly rain multipliers make year-to-year rain variability wide on purpose, so that drought "
             "years are represented; compare the generated sd above with the observed one before reusing the "
             "generator elsewhere.\n")

    L.append("## Which weather inputs\n")
    L.append("`train.py` trains one network per candidate input set and keeps the one with the lowest validation "
             "loss; the held-out years play no part in the choice (their figures are shown for transparency only). "
             "For version 0.2.0, exploratory runs also tried monthly reference ET, which did not improve validation, "
             "and a small sweep (dropout 0.2, weight decay 0.1, hidden layers 64-64 and 256-256-128) did not beat "
             "this configuration's validation R².\n")
    L.append("For version 0.3.0 the candidate water-deficit inputs were compared before the extra rainfed years were "
             "simulated, on version 0.2.0's seasons, by 4-fold cross-validation over the training weather years "
             "(folds grouped by weather year, 100 epochs, the epoch picked on each fold; the held-out years 36-39 and "
             "60-63 were not used). Pooled cross-validated R²: quarterly + monthly rain 0.884; + quarterly dry spells "
             "0.858; + monthly largest deficit 0.904; + month-end deficit 0.896; + monthly largest deficit and "
             "300 mm empty-store days 0.926. The last became the candidate below. The store's 300 mm capacity is a "
             "round guess at a sugarcane root zone's available water and was not tuned (a comparison of 200 and "
             "400 mm was started and stopped unfinished to leave the shared CPU to the simulation).\n")
    L.append("| inputs | network features | dropout | weight decay | best epoch | chosen | validation R² | validation MAE (t/ha) | held-out R² | held-out MAE (t/ha) |"
             "\n|---|---|---|---|---|---|---|---|---|---|")
    names = {"deficit": "quarterly + monthly rain + monthly water deficit + monthly empty-store days",
             "monthly_rain": "quarterly + monthly rain", "monthly_rain_dry": "quarterly + monthly rain + quarterly dry spells",
             "quarterly": "quarterly only", "monthly_rain_et0": "quarterly + monthly rain + monthly ET0", "all": "all"}
    for f in m["feature_selection"]:
        L.append(f"| {names.get(f['feature_set'], f['feature_set'])} | {f['inputs']} | {f['dropout']} | {f['weight_decay']} | "
                 f"{f['best_epoch']} | {'yes' if f['chosen'] else 'no'} | "
                 f"{f3(f['val']['r2'])} | {f2(f['val']['mae_t_ha'])} | {f3(f['test']['r2'])} | {f2(f['test']['mae_t_ha'])} |")
    if tr.DEFICIT[0] not in tr.WEATHER:
        L.append("\nOn this version's validation years the water-deficit candidates lost to version 0.2.0's inputs, "
                 "although they had won the cross-validation on the training years above; `train.py` follows the "
                 "validation years, so version 0.3.0 keeps version 0.2.0's 36 inputs and its gain over version 0.2.0 "
                 "comes from the extra rainfed seasons (and the shorter 100-epoch schedule). The water-deficit inputs "
                 "stay in `recipe/features.py` and `train.py` as candidates.")
    L.append("")
    L.append("## Model\n")
    mm = m["model"]
    L.append(f"`bagui-mlp`: {len(manifest['preprocessing']['featureOrder'])} -> {' -> '.join(str(h) for h in mm['hidden'])} -> 1, {mm['activation'].upper()} "
             f"(exact erf form) between Linears, {mm['parameters']} parameters, float32 weights `layers.{{i}}.weight` "
             f"/ `layers.{{i}}.bias`. Trained with PyTorch: MSE on standardised targets, AdamW (lr {mm['lr']}, "
             f"weight decay {mm['weight_decay']}), dropout {mm['dropout']} after each hidden activation in training "
             f"only, batch {mm['batch']}, {mm['epochs']} epochs with cosine decay, "
             f"the epoch with the lowest validation loss kept (epoch {m['best_epoch']}); seed {mm['seed']}, "
             "deterministic algorithms, one thread.\n")
    L.append("`golden.json` holds 10 held-out seasons spread over the yield range, with the network's raw output "
             "and the de-standardised yield (the simulator's yields for them are in `recipe/metrics.json`); `recipe/check_bundle.py` "
             "recomputes them in numpy from the manifest alone.\n")
    L.append("## Rebuild\n")
    L.append("`Models/sugarcane-yield/recipe/run.sh` regenerates the data, trains, evaluates and exports; "
             "`--reuse-data` skips the simulation. See `recipe/README.md`.\n")
    L.append("## License\n")
    L.append("Apache-2.0 (weights, data and recipe). AquaCrop-OSPy is distributed under its own license.\n")
    with open(os.path.join(bundle, "README.md"), "w") as f:
        f.write("\n".join(L))


def write_recipe_readme(m, gen_timing, train_wall, data):
    L = ["# Recipe: sugarcane-yield\n"]
    L.append("One command rebuilds the bundle from nothing:\n")
    L.append("```\nModels/sugarcane-yield/recipe/run.sh               # simulate, train, evaluate, export\n"
             "Models/sugarcane-yield/recipe/run.sh --reuse-data  # skip the simulation, reuse data/*.csv\n"
             "Models/sugarcane-yield/recipe/run.sh --resume-data # finish an interrupted simulation, then train\n```\n")
    L.append("Python comes from `Scripts/ml-venv.sh` (the shared torch environment) plus `requirements.txt` here "
             "(`aquacrop==3.1.0` and its dependencies, pinned).\n")
    L.append("| step | file | what |\n|---|---|---|")
    L.append("| weather | `weather.py` | seeded daily weather generator for Nanning, Chongzuo, Laibin; FAO-56 Hargreaves ET0 |")
    L.append("| simulate | `generate_data.py` | AquaCrop SugarCane seasons -> `data/seasons.csv`, out-of-range scenarios -> `data/ood.csv` (2 worker processes, run under `nice -n 19`) |")
    L.append(f"| train + evaluate | `train.py` | MLP on weather years {years_text(tr.TRAIN_YEARS)}, epoch chosen on {years_text(tr.VAL_YEARS)}, metrics on {years_text(tr.TEST_YEARS)} and on the out-of-range scenarios (years 36-39, perturbed); writes `config.json`, `model.safetensors`, `golden.json`, `metrics.json` |")
    L.append("| export | `export_bundle.py` | `manifest.json` (with SHA-256), model card `README.md`, this file |")
    L.append("| check | `check_bundle.py` | hashes, weight shapes, golden cases recomputed in numpy from the manifest |\n")
    L.append("Everything is seeded (weather per site and year, the season sample, the split, PyTorch); rerunning gives "
             "the same CSV and, on the same machine and library versions, the same weights.\n")
    L.append("## Timings measured here\n")
    L.append("Machine: 2 cores shared with other sessions' builds and tests (load average often 6-16), no GPU. "
             "AquaCrop itself needed about 1.2 s of CPU per season here before `fast_round` (runs 1-4) and about "
             "half that with it (run 5; see `check_fast_round.py`, which shows the seasons are identical). The "
             "simulation runs under `nice -n 19`, so its wall time depends on what else the machine is doing. It "
             "was run in resumable segments; each segment's console log is kept in `data/generation-run*.log`.\n")
    L.append("| step | measured |\n|---|---|")
    import glob
    import re
    logs = sorted(glob.glob(os.path.join(here, "data", "generation-run*.log")))
    for path in logs:
        txt = open(path).read()
        for label in ("ood", "main"):
            done = re.findall(rf"\[{label}\] (\d+) seasons simulated in (\d+) s", txt)
            prog = re.findall(rf"\[{label}\] (\d+)/(\d+) seasons, (\d+) s", txt)
            if done:
                n, secs, how = int(done[-1][0]), int(done[-1][1]), "completed"
            elif prog:
                n, secs, how = int(prog[-1][0]), int(prog[-1][2]), "stopped; last progress line"
            else:
                continue
            if n:
                nice = {"generation-run6.log": "nice 19, then 10 (see below)", "generation-run7.log": "nice 10"}.get(os.path.basename(path), "nice 19")
                L.append(f"| simulation ({os.path.basename(path)}, {label}, {how}), 2 workers under {nice} | "
                         f"{n} seasons in {secs / 60:.1f} min = {secs / n:.2f} s wall per season |")
    if gen_timing and not logs:
        L.append(f"| simulation, {gen_timing['main_seasons']} seasons, {gen_timing['workers']} workers | "
                 f"{gen_timing['main_seconds'] / 60:.1f} min |")
    L.append(f"| training ({len(m['feature_selection'])} candidate input sets x {m['model']['epochs']} epochs, 1 thread, under nice 10 beside other sessions' training; `run.sh` uses nice 19) | {m['train_seconds'] / 60:.1f} min |")
    if train_wall is not None:
        L.append(f"| `train.py` end to end (training, evaluation, export) | {train_wall / 60:.1f} min |")
    notes = os.path.join(here, "data", "generation-notes.md")
    if os.path.exists(notes):
        L.append("\n" + open(notes).read().strip())
    L.append(f"\nDataset: `data/seasons.csv`, {len(data)} rows (including Clay rows, which training skips); "
             "`data/ood.csv`, the out-of-range scenarios. A run that finishes writes `data/generation_timing.json`.\n")
    n_design = sum(1 for t in gd.main_tasks() if t[4] in MODEL_SOILS) + sum(
        1 for t in gd.ood_tasks([36, 37, 38, 39]) if t[4] in MODEL_SOILS)
    L.append(f"Without `--resume-data` the simulation starts from scratch and simulates the whole design ({n_design} "
             f"seasons with the Clay draws skipped): at about 0.6 s of CPU per season that is about "
             f"{n_design * 0.6 / 2 / 60:.0f} min on two free cores, and several times longer on shared ones.\n")
    with open(os.path.join(here, "README.md"), "w") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
