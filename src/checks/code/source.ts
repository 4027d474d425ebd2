// Where a piece of Python text sits in the file it came from: a .py file maps offsets to its own
// lines and columns; a notebook cell maps each character to the line and column of the .ipynb file
// that holds it (inside the JSON string, escapes included), so annotations land on the JSON line.

export interface Position {
  /** 1-based line in the file on disk. */
  line: number
  /** 1-based column in UTF-16 code units (SARIF columnKind utf16CodeUnits). */
  column: number
}

export interface CodeUnit {
  /** Python source text (a .py file, or one notebook cell's joined `source`). */
  text: string
  /** File position of the character at `offset` in `text`. */
  position(offset: number): Position
  /** Notebooks: the 1-based number (among all cells) of the cell holding `offset`. */
  cellAt?(offset: number): number
}

/** Offsets of line starts: `\n`, `\r\n` and lone `\r` end a line, as Python and editors count them. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) starts.push(i + 1)
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++
      starts.push(i + 1)
    }
  }
  return starts
}

export function positionIn(starts: number[], offset: number): Position {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid] <= offset) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 }
}

export function pythonFileUnit(text: string): CodeUnit {
  const starts = lineStarts(text)
  return { text, position: offset => positionIn(starts, offset) }
}
