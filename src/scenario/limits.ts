// Upper bounds on every size-like input: run length, seeds, ensembles, replays and link data. One
// place, so the schema, the CLI, the web app and share links enforce the same numbers (docs/RELIABILITY.md).

/**
 * The longest run: 100 000 ticks is about 1 900 years at 52 ticks a year. Observables cost
 * 8 bytes per observable per tick, so the longest SSR run keeps about 30 MB of series.
 */
export const MAX_TICKS = 100_000

/** Seeds are whole numbers from 0 to 2^53 − 1 (Number.MAX_SAFE_INTEGER), in files, --seed and links alike. */
export const MAX_SEED = Number.MAX_SAFE_INTEGER

/** Runs in one ensemble of the web app (its ensemble panel and share links alike). */
export const MAX_ENSEMBLE_RUNS = 500

/** An ensemble from a share link starts by itself only up to this many runs × ticks; larger ones wait for a click. */
export const AUTO_ENSEMBLE_WORK = 20 * 1000

/** A replay longer than this many ticks shows its progress and can be cancelled. */
export const REPLAY_PROGRESS_TICKS = 2000

/** Nesting of arrays and objects in scenario data: the deepest schema path is far shallower. */
export const MAX_NESTING = 32

/** Characters of a share link's fragment, and of the scenario text it may carry once unpacked. */
export const MAX_LINK_LENGTH = 2_000_000
export const MAX_SCENARIO_TEXT = 5_000_000

/** Parameter changes one share link may carry. */
export const MAX_LINK_CHANGES = 10_000

/** Ticks in a year: 8 760 is hourly. */
export const MAX_TICKS_PER_YEAR = 8760

/** The rolling outcome window: it keeps a few rings of this length per district and force. */
export const MAX_WINDOW_TICKS = 1000

/** Districts: at most 16 columns × 16 rows of them. */
export const MAX_DISTRICTS = 256

/** Shocks, drawdown phases and sources in one scenario. */
export const MAX_LIST_ITEMS = 1000

/** Presets in one scenario (each is validated as a whole scenario), and changes in one preset. */
export const MAX_PRESETS = 100
export const MAX_PRESET_CHANGES = 1000

/**
 * Experiment files: the most runs one experiment expands to (the expanded run list is held in
 * memory, a few hundred bytes a run), and the sizes that multiply into it.
 */
export const MAX_EXPERIMENT_RUNS = 1_000_000
export const MAX_REPLICATES = 100_000
export const MAX_FACTOR_LEVELS = 10_000
export const MAX_DESIGN_SAMPLES = 1_000_000
export const MAX_ARMS = 1000
