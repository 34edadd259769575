// The map: one pixel per cell in an offscreen ImageData, scaled up without smoothing onto the
// visible canvas; district borders as lines on top; the insecurity overlay blended into each cell.
// Drawn only when a new frame arrives. Hover, click and arrow keys pick a cell to inspect.
import type { RenderFrame } from '../../engine/models/model.ts'
import { PACKED, PACKED_BACKGROUND } from './colours.ts'

export interface MapOptions {
  /** The cell under the pointer or the keyboard cursor changed (null: left the map). */
  onHover: (cell: number | null) => void
  /** A cell was clicked or chosen with Enter. */
  onPick: (cell: number) => void
}

export interface MapView {
  readonly element: HTMLCanvasElement
  draw(frame: RenderFrame, overlay: boolean): void
  /** Outline this cell (the inspected agent), or none. */
  mark(cell: number | null): void
}

/** The overlay's tint (Okabe–Ito orange) and its strongest opacity. */
const OVERLAY = [0xe6, 0x9f, 0x00]
const OVERLAY_STRENGTH = 0.7
/** The visible canvas's longer side, in device pixels, before CSS scales it. */
const TARGET_SIZE = 800

function blend(colour: number, amount: number): number {
  const r = colour & 0xff
  const g = (colour >> 8) & 0xff
  const b = (colour >> 16) & 0xff
  const mix = (from: number, to: number) => Math.round(from + (to - from) * amount)
  return (0xff << 24) | (mix(b, OVERLAY[2]) << 16) | (mix(g, OVERLAY[1]) << 8) | mix(r, OVERLAY[0])
}

function shadeOf(colour: number, shade: number): number {
  const level = 0.35 + 0.65 * Math.min(1, Math.max(0, shade))
  const r = Math.round((colour & 0xff) * level)
  const g = Math.round(((colour >> 8) & 0xff) * level)
  const b = Math.round(((colour >> 16) & 0xff) * level)
  return (0xff << 24) | (b << 16) | (g << 8) | r
}

/** Lines between cells of different districts, in cell units. */
function districtBorders(width: number, height: number, district: Uint8Array): Path2D {
  const path = new Path2D()
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const here = district[y * width + x]
      if (x + 1 < width && district[y * width + x + 1] !== here) {
        path.moveTo(x + 1, y)
        path.lineTo(x + 1, y + 1)
      }
      if (y + 1 < height && district[(y + 1) * width + x] !== here) {
        path.moveTo(x, y + 1)
        path.lineTo(x + 1, y + 1)
      }
    }
  return path
}

const sameArray = (a: Uint8Array | undefined, b: Uint8Array | undefined) =>
  a === b ||
  (a !== undefined && b !== undefined && a.length === b.length && a.every((value, i) => value === b[i]))

export function createMap(options: MapOptions): MapView {
  const canvas = document.createElement('canvas')
  canvas.className = 'map-canvas'
  canvas.tabIndex = 0
  canvas.setAttribute('role', 'img')
  canvas.setAttribute(
    'aria-label',
    'Map of the grid. Arrow keys move the inspection cursor; Enter pins the agent.',
  )
  const context = canvas.getContext('2d', { alpha: false })!
  const cells = document.createElement('canvas')
  const cellContext = cells.getContext('2d')!
  let image: ImageData | undefined
  let pixels: Uint32Array | undefined
  let last: RenderFrame | undefined
  let lastOverlay = false
  let scale = 1
  let borders: { district: Uint8Array; path: Path2D } | undefined
  let marked: number | null = null
  let cursor: number | null = null

  const resize = (width: number, height: number) => {
    if (cells.width === width && cells.height === height && image) return
    cells.width = width
    cells.height = height
    image = cellContext.createImageData(width, height)
    pixels = new Uint32Array(image.data.buffer)
    scale = Math.max(1, Math.floor(TARGET_SIZE / Math.max(width, height)))
    canvas.width = width * scale
    canvas.height = height * scale
    canvas.style.aspectRatio = `${width} / ${height}`
  }

  const paint = () => {
    if (!last || !image || !pixels) return
    const frame = last
    const overlay = lastOverlay ? frame.overlay : undefined
    if (overlay)
      for (let c = 0; c < pixels.length; c++)
        pixels[c] = blend(PACKED_BACKGROUND, overlay[c] * OVERLAY_STRENGTH)
    else pixels.fill(PACKED_BACKGROUND)
    const { cell, kind, status, group, shade } = frame
    for (let i = 0; i < frame.count; i++) {
      const at = cell[i]
      let colour = PACKED[kind[i]]?.[group[i] > 0 ? 1 : 0]?.[status[i]] ?? 0xffffffff
      if (shade && kind[i] === 0) colour = shadeOf(colour, shade[i])
      if (overlay) colour = blend(colour, overlay[at] * OVERLAY_STRENGTH * 0.5)
      pixels[at] = colour
    }
    cellContext.putImageData(image, 0, 0)
    context.imageSmoothingEnabled = false
    context.drawImage(cells, 0, 0, canvas.width, canvas.height)
    if (frame.district) {
      if (!borders || !sameArray(borders.district, frame.district))
        borders = {
          district: frame.district,
          path: districtBorders(frame.width, frame.height, frame.district),
        }
      // At least two screen pixels wide whatever the canvas is scaled down to, dark under light, so
      // a border between two rows of cells does not vanish when the canvas is shown smaller.
      const screenPixel = canvas.width / Math.max(1, canvas.clientWidth || canvas.width)
      context.save()
      context.scale(scale, scale)
      for (const [pixels, colour] of [
        [3, '#1a1a1a'],
        [1.5, '#ffffff'],
      ] as const) {
        context.lineWidth = (pixels * Math.max(1, screenPixel)) / scale
        context.strokeStyle = colour
        context.stroke(borders.path)
      }
      context.restore()
    }
    for (const [cellIndex, colour] of [
      [marked, '#ffffff'],
      [cursor, '#F0E442'],
    ] as const) {
      if (cellIndex === null) continue
      const x = cellIndex % frame.width
      const y = Math.floor(cellIndex / frame.width)
      context.lineWidth = Math.max(2, scale / 4)
      context.strokeStyle = colour
      context.strokeRect(x * scale - 1, y * scale - 1, scale + 2, scale + 2)
    }
  }

  const cellAt = (event: MouseEvent): number | null => {
    if (!last) return null
    const rect = canvas.getBoundingClientRect()
    const x = Math.floor(((event.clientX - rect.left) / rect.width) * last.width)
    const y = Math.floor(((event.clientY - rect.top) / rect.height) * last.height)
    if (x < 0 || y < 0 || x >= last.width || y >= last.height) return null
    return y * last.width + x
  }

  let hovered: number | null = null
  canvas.addEventListener('mousemove', (event) => {
    const cell = cellAt(event)
    if (cell === hovered) return
    hovered = cell
    options.onHover(cell)
  })
  canvas.addEventListener('mouseleave', () => {
    hovered = null
    options.onHover(null)
  })
  canvas.addEventListener('click', (event) => {
    const cell = cellAt(event)
    if (cell !== null) options.onPick(cell)
  })
  canvas.addEventListener('keydown', (event) => {
    if (!last) return
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
    }
    const { width, height } = last
    const start = cursor ?? Math.floor(height / 2) * width + Math.floor(width / 2)
    const move = moves[event.key]
    if (move) {
      event.preventDefault()
      event.stopPropagation()
      const x = (start % width) + move[0]
      const y = Math.floor(start / width) + move[1]
      cursor = Math.min(height - 1, Math.max(0, y)) * width + Math.min(width - 1, Math.max(0, x))
      options.onHover(cursor)
      paint()
    } else if (event.key === 'Enter') {
      event.preventDefault()
      options.onPick(start)
    }
  })
  canvas.addEventListener('blur', () => {
    if (cursor === null) return
    cursor = null
    paint()
  })

  return {
    element: canvas,
    draw(frame, overlay) {
      if (frame === last && overlay === lastOverlay) return
      resize(frame.width, frame.height)
      last = frame
      lastOverlay = overlay
      paint()
    },
    mark(cell) {
      if (cell === marked) return
      marked = cell
      paint()
    },
  }
}
