/**
 * Rate-limit windows are fixed (lib/rate-limit/counters.ts): a counting loop that straddles a window's end starts
 * counting anew and never reaches its limit. Waiting for a fresh window before every loop cost up to its margin each
 * time a loop fell near an end (the signup limit's hour: up to a minute, decision 080). Instead the loop runs at once,
 * and only if a window ended while it ran does it run once more, with fresh keys (`attempt(1)`), in a window with
 * room for it: the rest of the window just begun when that is at least twice the first loop's time, else the next one.
 * The caller asserts on what the attempt returns only after this answers, never on a straddled attempt's outcome.
 */
export async function inOneWindow<T>(windowSeconds: number, attempt: (n: number) => Promise<T>): Promise<T> {
  const size = windowSeconds * 1000
  const windowAt = (t: number) => Math.floor(t / size)
  const began = Date.now()
  const first = await attempt(0)
  if (windowAt(Date.now()) === windowAt(began)) return first
  const left = size - (Date.now() % size)
  if (left < 2 * (Date.now() - began)) await new Promise((resolve) => setTimeout(resolve, left + 50))
  const secondBegan = Date.now()
  const second = await attempt(1)
  if (windowAt(Date.now()) !== windowAt(secondBegan)) throw new Error(`a counting loop outlasted its ${windowSeconds} s window`)
  return second
}
