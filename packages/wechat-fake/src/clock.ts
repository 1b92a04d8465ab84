/** The fake's own clock, so tests can jump past WeChat's time windows without waiting. */
export class Clock {
  private offsetMs = 0
  now(): number {
    return Date.now() + this.offsetMs
  }
  advance(seconds: number): void {
    this.offsetMs += seconds * 1000
  }
}
