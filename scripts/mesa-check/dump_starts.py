# Writes the starting state Mesa 3.3.1's example builds for each seed (no step is run): each
# citizen's cell (y * 40 + x), hardship and risk aversion, and the cops' cells, as JSON.
# Usage: python3 dump_starts.py 1,2,3 > starts.json
import json
import sys

from ecv.agents import Citizen
from ecv.model import EpsteinCivilViolence

starts = {}
for seed in [int(s) for s in sys.argv[1].split(",")]:
    model = EpsteinCivilViolence(cop_density=0.04, legitimacy=0.82, max_jail_term=30, seed=seed)
    citizens, cops = [], []
    for agent in model.agents:
        x, y = agent.cell.coordinate
        if isinstance(agent, Citizen):
            citizens.append({"cell": y * 40 + x, "hardship": agent.hardship, "riskAversion": agent.risk_aversion})
        else:
            cops.append(y * 40 + x)
    starts[seed] = {"citizens": citizens, "cops": cops}
json.dump(starts, sys.stdout)
