// The source or reason of each civil-violence parameter's default (Epstein's Model I), by dotted path; a branch
// of a list item is named in brackets after the path. docs/ODD.md's parameter tables show them.

export const CIVIL_VIOLENCE_SOURCES: Readonly<Record<string, string>> = {
  'model.citizenDensity': 'Epstein (2002), all runs',
  'model.copDensity': 'Epstein (2002) runs 1 and 2; runs 3 to 5 use 0.074 (presets)',
  'model.legitimacy': "Epstein (2002) run 2 (NetLogo Rebellion's default)",
  'model.vision': 'Epstein (2002) run 2',
  'model.maxJailTerm': 'Epstein (2002) run 2; runs 3 to 5 use life terms',
  'model.threshold': 'Epstein (2002)',
  'model.arrestConstant': 'Epstein (2002): P ≈ 0.9 at C = A = 1',
  'model.movement': 'Epstein (2002); run 1 has no movement',
  'rules.jailTerm':
    "NetLogo Rebellion's `random Jmax`; `up-to-max` is Mesa's `randint(0, Jmax)`, `one-to-max` the replication ndouglas/SugarScape",
  'rules.release': '`turn-after` is Mesa 3.3.1 (`if self.jail_sentence: … return`)',
  'rules.activeSelf': 'Mesa and the replication count once; NetLogo Rebellion twice',
  'rules.copOnArrest': 'NetLogo Rebellion steps onto it; the replication stays',
  'rules.placement': "`per-cell` is Mesa's placement",
}
