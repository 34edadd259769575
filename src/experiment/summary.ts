// One line saying what an experiment expands to, e.g. "factorial: 12 points × 30 seeds = 360 runs",
// for `drawdown validate` and progress messages.
import type { ExpandedExperiment } from './run-spec.ts'

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

export function designSummary(experiment: ExpandedExperiment): string {
  const points = experiment.design.points.length
  const arms = experiment.armNames.filter((name) => name !== '').length
  const factors = [count(points, 'point'), ...(arms > 0 ? [count(arms, 'arm')] : [])]
  const seeds = count(experiment.seeds.length, 'seed')
  return `${experiment.design.type}: ${[...factors, seeds].join(' × ')} = ${count(experiment.runs.length, 'run')}`
}
