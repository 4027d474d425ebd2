// What a CLI command may touch (streams, cwd, env): its own module so commands need not import cli.ts
// that dispatches them (issue #12).
export interface CliIO {
  stdout: (s: string) => void
  stderr: (s: string) => void
  isTTY: boolean
  /** stderr is a terminal (progress is redrawn in place there); absent: no terminal. */
  stderrIsTTY?: boolean
  cwd: string
  env: Record<string, string | undefined>
}
