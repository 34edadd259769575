// The one restricted mathjs instance behind scenario expressions: numbers only, the parser and the
// numeric functions we allow; every entry point that could parse, compile or extend at run time throws.
import {
  absDependencies,
  addDependencies,
  andDependencies,
  ceilDependencies,
  cosDependencies,
  create,
  divideDependencies,
  equalDependencies,
  expDependencies,
  floorDependencies,
  largerDependencies,
  largerEqDependencies,
  log10Dependencies,
  logDependencies,
  type MathNode,
  maxDependencies,
  minDependencies,
  modDependencies,
  multiplyDependencies,
  notDependencies,
  orDependencies,
  parseDependencies,
  powDependencies,
  roundDependencies,
  signDependencies,
  sinDependencies,
  smallerDependencies,
  smallerEqDependencies,
  sqrtDependencies,
  subtractDependencies,
  tanDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  unequalDependencies,
  xorDependencies,
} from 'mathjs/number'

// `mathjs/number` is mathjs's own number-only entry: no BigNumber, Complex, Fraction, Unit or
// Matrix types, so sqrt(-1) is NaN rather than a complex number, and it loads in half the time.
export const math = create(
  {
    parseDependencies,
    addDependencies,
    subtractDependencies,
    multiplyDependencies,
    divideDependencies,
    powDependencies,
    modDependencies,
    unaryMinusDependencies,
    unaryPlusDependencies,
    smallerDependencies,
    smallerEqDependencies,
    largerDependencies,
    largerEqDependencies,
    equalDependencies,
    unequalDependencies,
    andDependencies,
    orDependencies,
    xorDependencies,
    notDependencies,
    absDependencies,
    signDependencies,
    sqrtDependencies,
    expDependencies,
    logDependencies,
    log10Dependencies,
    floorDependencies,
    ceilDependencies,
    roundDependencies,
    sinDependencies,
    cosDependencies,
    tanDependencies,
    minDependencies,
    maxDependencies,
  },
  { number: 'number' },
)

/** The parser, captured before `parse` is disabled on the instance. */
export const parseExpression: (source: string) => MathNode = math.parse

/** Node constructors, captured for rebuilding checked expression trees. */
export const nodes = {
  ConstantNode: math.ConstantNode,
  SymbolNode: math.SymbolNode,
  OperatorNode: math.OperatorNode,
  FunctionNode: math.FunctionNode,
  ConditionalNode: math.ConditionalNode,
  RelationalNode: math.RelationalNode,
}

/** Functions that would let an expression reach beyond arithmetic; all throw once disabled. */
export const DISABLED_FUNCTIONS = [
  'import',
  'createUnit',
  'evaluate',
  'parse',
  'compile',
  'simplify',
  'simplifyConstant',
  'simplifyCore',
  'derivative',
  'resolve',
  'rationalize',
  'parser',
  'chain',
  'help',
  'reviver',
  'replacer',
  'create',
  'factory',
  'typed',
  'config',
] as const

// mathjs builds functions lazily on first use: build every one we evaluate with before overriding
// anything, so none of them is rebuilt against a disabled dependency.
for (const name of Object.keys(math)) void (math as unknown as Record<string, unknown>)[name]

const disabled = (name: string) =>
  function disabledFunction(): never {
    throw new Error(`"${name}" is disabled in scenario expressions`)
  }
math.import(Object.fromEntries(DISABLED_FUNCTIONS.map((name) => [name, disabled(name)])), { override: true })
