// The few jstat functions the analysis uses (jstat ships no types).
declare module 'jstat' {
  interface Distribution {
    inv(p: number, ...parameters: number[]): number
    cdf(x: number, ...parameters: number[]): number
  }
  const jStat: { studentt: Distribution; normal: Distribution }
  export default jStat
}
