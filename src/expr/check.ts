// Checks a parsed expression against the allowlist and rebuilds the tree we compile: allowed dotted
// names become single symbols, named constants become numbers, clamp becomes min and max.
import type {
  AccessorNode,
  ConditionalNode,
  ConstantNode,
  FunctionAssignmentNode,
  FunctionNode,
  MathNode,
  OperatorNode,
  ParenthesisNode,
  RelationalNode,
  SymbolNode,
} from 'mathjs/number'
import { didYouMean } from '../scenario/spec/suggest.ts'
import { COMPARISONS, CONSTANTS, FUNCTIONS, isAllowedFunction, OPERATORS } from './allowlist.ts'
import { ExpressionError } from './error.ts'
import { findAssignment, findCall, findName, findString, findText } from './locate.ts'
import { nodes } from './math.ts'

export interface CheckedTree {
  node: MathNode
  /** The allowed names the expression reads, each once. */
  names: string[]
}

const FUNCTION_LIST = ` (allowed functions: ${Object.keys(FUNCTIONS).sort().join(', ')})`

/** `a`, `a.b`, `a.b.c` written with dots, or undefined for any other node. */
function dottedName(node: MathNode): string | undefined {
  if (node.type === 'SymbolNode') return (node as SymbolNode).name
  if (node.type !== 'AccessorNode') return undefined
  const { object, index, optionalChaining } = node as AccessorNode
  if (optionalChaining || !index.dotNotation || index.dimensions.length !== 1) return undefined
  const key = index.dimensions[0] as ConstantNode<string>
  if (key.type !== 'ConstantNode' || typeof key.value !== 'string') return undefined
  const base = dottedName(object)
  return base === undefined ? undefined : `${base}.${key.value}`
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

function arity([fewest, most]: readonly [number, number]): string {
  if (fewest === most) return plural(fewest, 'argument')
  if (most === Number.POSITIVE_INFINITY) return `at least ${plural(fewest, 'argument')}`
  return `${fewest} to ${most} arguments`
}

/** Throws ExpressionError at the first construct outside the allowlist; returns the rebuilt tree. */
export function checkTree(root: MathNode, source: string, allowedNames: ReadonlySet<string>): CheckedTree {
  const used = new Set<string>()
  const fail = (reason: string, position: number, hint = ''): never => {
    throw new ExpressionError(reason, source, position, hint)
  }

  function name(written: string): MathNode {
    if (allowedNames.has(written)) {
      used.add(written)
      return new nodes.SymbolNode(written)
    }
    if (Object.hasOwn(CONSTANTS, written)) return new nodes.ConstantNode(CONSTANTS[written])
    if (isAllowedFunction(written))
      return fail(`"${written}" is a function, call it as ${written}(...)`, findName(source, written))
    const known = [...allowedNames, ...Object.keys(CONSTANTS)]
    return fail(
      `unknown name ${JSON.stringify(written)}`,
      findName(source, written),
      didYouMean(written, known),
    )
  }

  function call(node: FunctionNode): MathNode {
    const callee = dottedName(node.fn as MathNode)
    if (callee === undefined || callee.includes('.')) {
      return fail('only calls to named functions such as max(a, b) are allowed', findText(source, '('))
    }
    if (!isAllowedFunction(callee)) {
      return fail(`unknown function ${JSON.stringify(callee)}`, findCall(source, callee), FUNCTION_LIST)
    }
    const [fewest, most] = FUNCTIONS[callee]
    if (node.args.length < fewest || node.args.length > most) {
      const expected = arity(FUNCTIONS[callee])
      return fail(`${callee}() takes ${expected}, got ${node.args.length}`, findCall(source, callee))
    }
    const args = node.args.map(visit)
    if (callee === 'clamp') {
      const [value, low, high] = args
      const atLeastLow = new nodes.FunctionNode(new nodes.SymbolNode('max'), [value, low])
      return new nodes.FunctionNode(new nodes.SymbolNode('min'), [atLeastLow, high])
    }
    return new nodes.FunctionNode(new nodes.SymbolNode(callee), args)
  }

  function visit(node: MathNode): MathNode {
    switch (node.type) {
      case 'ConstantNode': {
        const value: unknown = (node as ConstantNode<string>).value
        if (typeof value === 'number' || typeof value === 'boolean') return node
        // Nothing but a comment ("# …") parses to a constant with no value.
        if (value === undefined) return fail('the expression is empty (a # starts a comment)', 0)
        if (typeof value === 'string') {
          return fail('text is not allowed, only numbers and true/false', findString(source))
        }
        return fail(
          `${String(value)} is not allowed, only numbers and true/false`,
          findName(source, String(value)),
        )
      }
      case 'SymbolNode':
        return name((node as SymbolNode).name)
      case 'AccessorNode': {
        const written = dottedName(node)
        if (written !== undefined) return name(written)
        return fail('property access and indexing are not allowed', findText(source, '['))
      }
      case 'ParenthesisNode':
        return visit((node as ParenthesisNode).content)
      case 'OperatorNode': {
        const { op, fn, args, implicit } = node as OperatorNode<never, never>
        if (!Object.hasOwn(OPERATORS, fn))
          return fail(`operator "${op}" is not allowed`, findText(source, op))
        return new nodes.OperatorNode(op, fn, args.map(visit), implicit)
      }
      case 'RelationalNode': {
        const { conditionals, params } = node as RelationalNode
        const other = conditionals.find((fn) => !COMPARISONS.has(fn))
        if (other !== undefined) return fail(`comparison "${other}" is not allowed`, 0)
        return new nodes.RelationalNode(conditionals, params.map(visit))
      }
      case 'ConditionalNode': {
        const { condition, trueExpr, falseExpr } = node as ConditionalNode
        return new nodes.ConditionalNode(visit(condition), visit(trueExpr), visit(falseExpr))
      }
      case 'FunctionNode':
        return call(node as FunctionNode)
      case 'AssignmentNode':
        return fail('assignment is not allowed', findAssignment(source))
      case 'FunctionAssignmentNode':
        return fail(
          'function definitions are not allowed',
          findName(source, (node as FunctionAssignmentNode).name),
        )
      case 'ArrayNode':
        return fail('arrays and matrices are not allowed', findText(source, '['))
      case 'ObjectNode':
        return fail('objects are not allowed', findText(source, '{'))
      case 'RangeNode':
        return fail('ranges such as 1:3 are not allowed', findText(source, ':'))
      case 'BlockNode':
        return fail('only one expression is allowed', Math.max(0, source.search(/[;\n]/)))
      default:
        return fail(`${node.type} is not allowed`, 0)
    }
  }

  const node = visit(root)
  return { node, names: [...used] }
}
