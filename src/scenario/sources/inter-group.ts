// The source or reason of each inter-group parameter's default (Epstein's Model II), by dotted path; a branch
// of a list item is named in brackets after the path. docs/ODD.md's parameter tables show them.

export const INTER_GROUP_SOURCES: Readonly<Record<string, string>> = {
  'model.agentDensity': 'As Model I (Epstein 2002)',
  'model.blueShare':
    'Modelling choice: two groups of equal size, so which one dies out is a matter of chance (fact 4)',
  'model.peacekeeperDensity': 'Epstein (2002) runs 6 and 7 have none; run 8 (the library scenario) uses 0.04',
  'model.legitimacy': 'Epstein (2002) runs 7 and 8; run 6 uses 0.9',
  'model.vision': 'Epstein (2002) runs 6 to 8',
  'model.maxJailTerm': 'Epstein (2002) runs 6 to 8',
  'model.threshold': 'Epstein (2002)',
  'model.arrestConstant': 'Epstein (2002)',
  'model.movement': 'Epstein (2002)',
  'model.reproductionProbability': 'Epstein (2002)',
  'model.maxAge': 'Epstein (2002)',
  'rules.jailTerm':
    "NetLogo Rebellion's `random Jmax`; `up-to-max` is Mesa's `randint(0, Jmax)`, `one-to-max` the replication ndouglas/SugarScape",
  'rules.release': '`turn-after` is Mesa 3.3.1 (`if self.jail_sentence: … return`)',
  'rules.activeSelf': 'Mesa and the replication count once; NetLogo Rebellion twice',
  'rules.copOnArrest': 'NetLogo Rebellion steps onto it; the replication stays',
  'rules.activesCounted':
    'Reading of Epstein (2002), who does not say; `both-groups` is the replication ndouglas/SugarScape',
  'rules.initialAge': 'A population of mixed ages from the start; `zero` is the replication',
  'rules.offspringRiskAversion': "Epstein's offspring are clones; `drawn` is the replication",
  'rules.groups': 'Equal groups, so which dies out is chance alone; `per-agent` is the replication',
}
