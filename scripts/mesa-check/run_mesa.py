# Runs Mesa 3.3.1's Epstein civil violence example, unchanged, at NetLogo Rebellion's defaults and
# prints per seed: seed, citizens, cops, mean jailed share and mean active share over steps FIRST
# to TICKS, peak actives, seconds. Usage (see README.md): python3 run_mesa.py TICKS FIRST 1,2,3
import sys
import time

from ecv.agents import Citizen
from ecv.model import EpsteinCivilViolence

TICKS = int(sys.argv[1])
FIRST = int(sys.argv[2])
SEEDS = [int(s) for s in sys.argv[3].split(",")]

for seed in SEEDS:
    started = time.time()
    model = EpsteinCivilViolence(cop_density=0.04, legitimacy=0.82, max_jail_term=30, seed=seed)
    citizens = len(model.agents_by_type[Citizen])
    jailed, active = [], []
    for _ in range(TICKS):
        model.step()
        jailed.append(model.ARRESTED)
        active.append(model.ACTIVE)
    window_jailed = jailed[FIRST - 1 :]
    window_active = active[FIRST - 1 :]
    print(
        seed,
        citizens,
        len(model.agents) - citizens,
        sum(window_jailed) / len(window_jailed) / citizens,
        sum(window_active) / len(window_active) / citizens,
        max(active),
        round(time.time() - started, 1),
        flush=True,
    )
