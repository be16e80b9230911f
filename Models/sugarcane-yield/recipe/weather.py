"""Seeded daily weather generator for Guangxi's cane belt, and FAO-56 Hargreaves reference ET.

Every number the generator is calibrated to lives in NORMALS below, with its source. The generator is
deliberately simple (a "Richardson-type" generator):

* rain occurrence: first-order Markov chain per month, wet-day probability p = rain days / days in
  month (rain day = >= 0.1 mm, the CMA convention), persistence d = 0.30
  (P(wet | wet) = p + d (1 - p), P(wet | dry) = p (1 - d); stationary wet fraction stays p);
* rain amount on a wet day: gamma, shape 0.70, mean = month's rain / expected wet days;
* inter-annual variability: each calendar month of a synthetic year gets a log-normal rainfall
  multiplier exp(0.5 z - 0.125), z an AR(1) series over months (rho 0.5); the wet-day probability is
  scaled by the square root of the same multiplier (clipped to [0.02, 0.95]), the amount absorbs the rest;
* temperature: daily climatology is a periodic linear interpolation of the monthly normal (anchored at
  mid-month) plus a monthly anomaly (AR(1) over months, rho 0.5, sd 0.8 degC) plus a daily anomaly
  (AR(1) over days, phi 0.7, sd 1.5 degC; Tmin's anomaly = 0.6 x Tmax's + independent part, sd 1.2);
  wet days are cooler by day (Tmax - 3 (1 - p)) and warmer by night (Tmin + 1 (1 - p)), dry days
  the mean-preserving opposite (Tmax + 3 p, Tmin - 1 p); Tmin is capped at Tmax - 1 degC;
* reference ET: FAO-56 Hargreaves (Allen et al. 1998, eq. 52):
  ET0 = 0.0023 (Tmean + 17.8) sqrt(Tmax - Tmin) Ra, Ra in mm/day = 0.408 x Ra[MJ m-2 day-1] from
  FAO-56 eq. 21 (extraterrestrial radiation from latitude and day of year), clipped at >= 0.1 mm/day.
"""
import numpy as np
import pandas as pd

# Monthly climate normals, Jan..Dec: mean daily max (degC), mean daily min (degC), precipitation (mm),
# precipitation days (>= 0.1 mm). See the model card for the provenance and which values are approximate.
NORMALS = {
    # Xiangzhou County station (Laibin prefecture), China Meteorological Administration 1991-2020
    # normals, as tabulated in the English Wikipedia article "Xiangzhou County" (source: CMA).
    "laibin": {
        "lat": 23.97,
        "tmax": [15.2, 17.5, 20.3, 26.0, 30.1, 32.1, 33.7, 33.7, 32.0, 28.4, 23.5, 18.0],
        "tmin": [8.0, 10.2, 13.5, 18.4, 22.0, 24.4, 25.3, 24.8, 22.9, 18.8, 14.0, 9.2],
        "rain": [61.9, 43.9, 98.0, 130.9, 225.0, 306.0, 164.5, 163.6, 88.0, 55.5, 52.5, 43.0],
        "raindays": [10.9, 10.8, 16.0, 14.3, 15.5, 17.0, 14.4, 14.5, 8.5, 6.6, 7.0, 8.1],
    },
    # Nanning station: APPROXIMATE values consistent with the CMA 1991-2020 normals for Nanning
    # (annual rain about 1,300-1,350 mm, July mean about 28-29 degC, January mean about 13-14 degC);
    # the exact monthly table could not be re-verified when this recipe was written.
    "nanning": {
        "lat": 22.82,
        "tmax": [16.9, 18.6, 21.6, 26.6, 30.4, 32.1, 32.8, 33.0, 31.6, 28.5, 24.1, 19.2],
        "tmin": [10.5, 12.6, 15.8, 20.0, 23.1, 24.9, 25.4, 25.1, 23.7, 20.5, 16.0, 11.8],
        "rain": [43.0, 38.0, 66.0, 89.0, 176.0, 239.0, 216.0, 210.0, 117.0, 66.0, 42.0, 30.0],
        "raindays": [10.7, 11.3, 15.3, 14.2, 15.4, 17.7, 17.6, 17.3, 12.3, 8.0, 6.9, 7.1],
    },
    # Chongzuo (Jiangzhou) station: APPROXIMATE monthly values, constrained to the figures the English
    # Wikipedia article "Chongzuo" gives (January mean 14.1 degC, July mean 28.9 degC, annual
    # precipitation 1,100-1,300 mm, "much lower than other areas in Guangxi").
    "chongzuo": {
        "lat": 22.38,
        "tmax": [17.6, 20.0, 23.4, 28.2, 31.6, 32.8, 32.9, 33.0, 32.0, 29.3, 25.0, 20.3],
        "tmin": [10.6, 12.8, 16.2, 20.3, 23.2, 24.8, 24.9, 24.6, 23.1, 20.0, 15.6, 11.7],
        "rain": [30.0, 30.0, 50.0, 85.0, 165.0, 210.0, 215.0, 205.0, 120.0, 70.0, 40.0, 25.0],
        "raindays": [9.0, 10.0, 13.0, 13.0, 15.0, 17.0, 18.0, 17.0, 12.0, 8.0, 6.0, 6.0],
    },
}
SITES = ["nanning", "chongzuo", "laibin"]
FIRST_YEAR = 2001  # synthetic calendar: weather year index k is labelled FIRST_YEAR + k (not a real year)


def extraterrestrial_radiation_mm(lat_deg, doy):
    """FAO-56 eq. 21-25: Ra in MJ m-2 day-1, returned as mm/day of evaporation (x 0.408)."""
    phi = np.deg2rad(lat_deg)
    dr = 1 + 0.033 * np.cos(2 * np.pi * doy / 365)
    delta = 0.409 * np.sin(2 * np.pi * doy / 365 - 1.39)
    ws = np.arccos(np.clip(-np.tan(phi) * np.tan(delta), -1, 1))
    ra = 24 * 60 / np.pi * 0.0820 * dr * (ws * np.sin(phi) * np.sin(delta) + np.cos(phi) * np.cos(delta) * np.sin(ws))
    return 0.408 * ra


def hargreaves_et0(tmax, tmin, lat_deg, doy):
    tmean = (tmax + tmin) / 2
    et0 = 0.0023 * (tmean + 17.8) * np.sqrt(np.maximum(tmax - tmin, 0.0)) * extraterrestrial_radiation_mm(lat_deg, doy)
    return np.maximum(et0, 0.1)


def _daily_climatology(monthly, dates):
    """Periodic linear interpolation between mid-month anchors (day 15.5 of each month, 365-day year)."""
    mids = np.array([15.5 + 365 / 12 * i for i in range(12)])
    xp = np.concatenate([mids - 365, mids, mids + 365])
    fp = np.tile(np.asarray(monthly, float), 3)
    doy = dates.dayofyear.values.astype(float) - 1
    return np.interp(doy, xp, fp)


def generate(site, year_index, n_years=2, seed=20260):
    """Daily weather for `n_years` synthetic calendar years starting at FIRST_YEAR + year_index.

    Returns a DataFrame with AquaCrop's columns (MinTemp, MaxTemp, Precipitation, ReferenceET, Date).
    Fully determined by (seed, site, year_index)."""
    nm = NORMALS[site]
    rng = np.random.default_rng([seed, SITES.index(site), year_index])
    y0 = FIRST_YEAR + year_index
    dates = pd.date_range(f"{y0}-01-01", f"{y0 + n_years - 1}-12-31", freq="D")
    n = len(dates)
    month = dates.month.values - 1
    mindex = (dates.year.values - y0) * 12 + month  # month counter 0..12*n_years-1
    nmonths = 12 * n_years

    # monthly anomalies
    def ar1(count, rho, sd):
        z = np.empty(count)
        z[0] = rng.normal(0, 1)
        for i in range(1, count):
            z[i] = rho * z[i - 1] + np.sqrt(1 - rho * rho) * rng.normal(0, 1)
        return sd * z

    sigma = 0.5
    rain_mult_m = np.exp(ar1(nmonths, 0.5, sigma) - sigma * sigma / 2)
    t_anom_m = ar1(nmonths, 0.5, 0.8)

    days_in_month = dates.days_in_month.values
    p = np.asarray(nm["raindays"])[month] / days_in_month
    mult = rain_mult_m[mindex]
    p_eff = np.clip(p * np.sqrt(mult), 0.02, 0.95)
    mean_amount = np.asarray(nm["rain"])[month] * mult / (p_eff * days_in_month)

    d = 0.30
    wet = np.zeros(n, bool)
    u = rng.random(n)
    prev = u[0] < p_eff[0]
    for i in range(n):
        prob = p_eff[i] + d * (1 - p_eff[i]) if prev else p_eff[i] * (1 - d)
        wet[i] = u[i] < prob
        prev = wet[i]
    shape = 0.70
    amount = rng.gamma(shape, 1.0 / shape, n) * mean_amount
    rain = np.where(wet, np.round(amount, 1), 0.0)

    # temperature
    e1 = rng.normal(0, 1, n)
    e2 = rng.normal(0, 1, n)
    ax = np.empty(n)
    ax[0] = e1[0] * 1.5
    for i in range(1, n):
        ax[i] = 0.7 * ax[i - 1] + np.sqrt(1 - 0.49) * 1.5 * e1[i]
    an = 0.6 * ax + 1.2 * e2
    tmax = _daily_climatology(nm["tmax"], dates) + t_anom_m[mindex] + ax
    tmin = _daily_climatology(nm["tmin"], dates) + t_anom_m[mindex] + an
    tmax = tmax + np.where(wet, -3.0 * (1 - p), 3.0 * p)
    tmin = tmin + np.where(wet, 1.0 * (1 - p), -1.0 * p)
    tmin = np.minimum(tmin, tmax - 1.0)
    tmax, tmin = np.round(tmax, 1), np.round(tmin, 1)
    et0 = np.round(hargreaves_et0(tmax, tmin, nm["lat"], dates.dayofyear.values), 2)
    return pd.DataFrame({"MinTemp": tmin, "MaxTemp": tmax, "Precipitation": rain, "ReferenceET": et0, "Date": dates})


def perturb(df, lat_deg, rain_scale=1.0, temp_shift=0.0, start=None, end=None):
    """Out-of-range scenarios: scale rain and shift both temperatures within [start, end], recompute ET0."""
    out = df.copy()
    mask = np.ones(len(out), bool)
    if start is not None:
        mask &= (out["Date"] >= start).values & (out["Date"] <= end).values
    out.loc[mask, "Precipitation"] = np.round(out.loc[mask, "Precipitation"] * rain_scale, 1)
    out.loc[mask, "MaxTemp"] = out.loc[mask, "MaxTemp"] + temp_shift
    out.loc[mask, "MinTemp"] = out.loc[mask, "MinTemp"] + temp_shift
    out["ReferenceET"] = np.round(hargreaves_et0(out["MaxTemp"].values, out["MinTemp"].values, lat_deg,
                                                 out["Date"].dt.dayofyear.values), 2)
    return out
