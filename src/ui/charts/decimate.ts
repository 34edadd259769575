// Fewer points than pixels: a long series is cut into buckets and each keeps its minimum and
// maximum, so spikes survive and a path never has more than a few points per pixel.

/** [tick, value] points of `values` (first row at `firstTick`), at most about 2 × `buckets`. */
export function decimate(
  values: ArrayLike<number>,
  firstTick: number,
  buckets: number,
  from = 0,
): [number, number][] {
  const n = values.length
  const points: [number, number][] = []
  if (n - from <= buckets * 2) {
    for (let i = from; i < n; i++) points.push([firstTick + i, values[i]])
    return points
  }
  const size = (n - from) / buckets
  for (let b = 0; b < buckets; b++) {
    const start = from + Math.floor(b * size)
    const end = Math.min(n, from + Math.floor((b + 1) * size))
    if (end <= start) continue
    let low = start
    let high = start
    for (let i = start + 1; i < end; i++) {
      if (values[i] < values[low]) low = i
      if (values[i] > values[high]) high = i
    }
    if (low === high) points.push([firstTick + low, values[low]])
    else if (low < high) points.push([firstTick + low, values[low]], [firstTick + high, values[high]])
    else points.push([firstTick + high, values[high]], [firstTick + low, values[low]])
  }
  return points
}
