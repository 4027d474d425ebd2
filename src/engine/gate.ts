// A bytes-in-flight gate: files that may hold large buffers (pickles, inflated members) reserve an
// estimate before they are read, so several overlap while their sum stays under the budget. One
// holder is always let in (an estimate bigger than the budget waits for an empty gate, then runs alone).
export class ByteGate {
  private inFlight = 0
  private holders = 0
  private readonly waiting: Array<{ bytes: number; go: () => void }> = []
  constructor(readonly budget: number) {}

  /** Waits until `bytes` fit (or nothing else holds the gate); returns the release function. */
  async acquire(bytes: number): Promise<() => void> {
    if (!this.fits(bytes) || this.waiting.length > 0) {
      // FIFO: a large file is not starved by a stream of small ones behind it.
      await new Promise<void>(go => this.waiting.push({ bytes, go }))
    } else {
      this.take(bytes)
    }
    let released = false
    return () => {
      if (released) return
      released = true
      this.inFlight -= bytes
      this.holders--
      this.drain()
    }
  }

  get bytesInFlight(): number {
    return this.inFlight
  }

  async run<T>(bytes: number, fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire(bytes)
    try {
      return await fn()
    } finally {
      release()
    }
  }

  private fits(bytes: number): boolean {
    return this.holders === 0 || this.inFlight + bytes <= this.budget
  }

  private take(bytes: number): void {
    this.inFlight += bytes
    this.holders++
  }

  private drain(): void {
    while (this.waiting.length > 0 && this.fits(this.waiting[0].bytes)) {
      const next = this.waiting.shift() as { bytes: number; go: () => void }
      this.take(next.bytes)
      next.go()
    }
  }
}
