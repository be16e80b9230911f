"""Checks that generate_data.fast_round changes AquaCrop's speed and nothing else.

    python check_fast_round.py [--seasons 5]

1. fast_round(x, n) against the built-in round (numpy's float64.__round__) on 2.5 million float64 values
   and n = 0..4: same value, same type, same sign of zero.
2. Whole seasons simulated with numpy's round and with fast_round, including two rainfed seasons in which
   the crop dies before harvest: the output rows must be identical.
Exits non-zero on any difference.
"""
import argparse
import builtins
import math
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_data as gd  # noqa: E402

SEASONS = [("laibin", 9, 4, "ratoon", "ClayLoam", "rainfed"), ("chongzuo", 5, 2, "ratoon", "Loam", "rainfed"),
           ("nanning", 3, 1, "plant", "SandyLoam", "smt70"), ("laibin", 20, 2, "plant", "ClayLoam", "rainfed"),
           ("chongzuo", 12, 3, "ratoon", "SandyLoam", "smt40")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seasons", type=int, default=len(SEASONS))
    a = ap.parse_args()
    rng = np.random.default_rng(0)
    n = 300000
    vals = np.concatenate([rng.normal(0, 1, n) * 10.0 ** rng.integers(-4, 5, n),
                           np.round(rng.normal(0, 50, 200000), 3) + 0.005,  # ties and near-ties
                           [0.0, -0.0, -0.004, 0.125, 2.675, 1e300, -1e-300]])
    bad = 0
    for v in vals.astype(np.float64):
        for nd in range(5):
            x, y = builtins.round(v, nd), gd.fast_round(v, nd)
            if not (type(x) is type(y) and x == y and math.copysign(1, x) == math.copysign(1, y)):
                bad += 1
                print(f"differs: round({v!r}, {nd}) = {x!r}, fast_round gives {y!r}")
    print(f"fast_round vs numpy round: {bad} differences in {5 * len(vals)} calls")
    for task in SEASONS[: a.seasons]:
        gd.FAST_ROUND = False
        gd.install_fast_round(False)
        t0 = time.time()
        exact = gd.simulate(task + ("normal", 1.0, 0.0))
        t1 = time.time()
        gd.FAST_ROUND = True
        fast = gd.simulate(task + ("normal", 1.0, 0.0))
        t2 = time.time()
        same = exact == fast
        bad += not same
        print(f"{task}: identical={same} fresh yield {exact['fresh_yield_t_ha']} / {fast['fresh_yield_t_ha']}, "
              f"days {exact['season_days_simulated']}; {t1 - t0:.1f} s exact, {t2 - t1:.1f} s fast")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
