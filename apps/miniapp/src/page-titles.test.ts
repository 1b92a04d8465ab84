import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

// __dirname, not import.meta.url: jsdom mode turns the latter into a web URL.
const root = __dirname
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))

/**
 * What a title bar holds beside its back button on a 360 px phone with the system text at 1.5× (decision 102): seven
 * characters; 「专业产业适配监测」 (eight) showed as 「专业产业适配…」. WeChat's own bar cuts long titles the same way.
 */
const MOST = 7

describe('page titles', () => {
  it('fit the title bar of a 360 px phone at 1.5× text', () => {
    const titles = walk(root)
      .filter((f) => f.endsWith('.config.ts') && !f.endsWith('app.config.ts'))
      .map((f) => [relative(root, f), /navigationBarTitleText:\s*'([^']*)'/.exec(readFileSync(f, 'utf8'))?.[1] ?? ''] as const)
    expect(titles.length).toBeGreaterThan(40)
    expect(titles.filter(([, title]) => [...title].length > MOST)).toEqual([])
  })
})
