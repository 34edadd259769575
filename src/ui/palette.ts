// Colours: the Okabe–Ito palette (Okabe & Ito 2008), distinguishable with every common form of
// colour blindness, used by the map and every chart alike.

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const

/** Line colours in the order charts use them: darker ones first, yellow last (weak on white). */
export const SERIES_COLOURS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
  OKABE_ITO.yellow,
]

/** Colours bound to meanings, so the same thing has the same colour in every chart. */
const NAMED: Readonly<Record<string, string>> = {
  quiescent: OKABE_ITO.skyBlue,
  active: OKABE_ITO.vermillion,
  jailed: '#555555',
  cops: OKABE_ITO.blue,
  blue: OKABE_ITO.blue,
  green: OKABE_ITO.bluishGreen,
  pk: OKABE_ITO.black,
  police: OKABE_ITO.blue,
  military: OKABE_ITO.bluishGreen,
  spoilers: OKABE_ITO.reddishPurple,
  citizens: OKABE_ITO.skyBlue,
}

/** The colour of series `key` (its meaning, e.g. "active" or "police"), else the `index`-th colour. */
export function seriesColour(key: string, index: number): string {
  return NAMED[key] ?? SERIES_COLOURS[index % SERIES_COLOURS.length]
}

/** Event kinds by colour on time axes: one colour per kind, never shared. */
export const EVENT_COLOURS: Readonly<Record<string, string>> = {
  shock: OKABE_ITO.vermillion,
  'drawdown-phase': '#555555',
  handover: OKABE_ITO.blue,
  exit: OKABE_ITO.black,
  relapse: OKABE_ITO.reddishPurple,
  outburst: OKABE_ITO.orange,
  extinction: OKABE_ITO.bluishGreen,
  'trust-collapse': OKABE_ITO.skyBlue,
}

export const eventColour = (kind: string): string => EVENT_COLOURS[kind] ?? OKABE_ITO.reddishPurple
