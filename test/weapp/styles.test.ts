/**
 * The stylesheet rule the page suite applies (lib/weapp/styles.ts), on a made-up build whose answer is known:
 * a class styled only in another page's wxss is reported for the page that renders it; app.wxss, a page's own
 * wxss and what they import are not.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { styleIndex, styledClasses, unstyledOn } from '../lib/weapp/styles'

const root = mkdtempSync(join(tmpdir(), 'zl-wxss-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const files: Record<string, string> = {
  'app.wxss': '@import "./common.wxss";.page{padding:0}',
  'common.wxss': '.btn{color:red}.btn--primary{background:url(a.png)}@media (min-width:600px){.wide{width:1px}}',
  'pages/jobs/index.wxss': '.chain-chip{border:1px solid}.chain-chip--active{opacity:.5}',
  'pages/profile/index.wxss': '.profile{margin:0}',
  'pkg-enterprise/sub-common/abc.wxss': '.match-card{margin:0}',
  'pkg-enterprise/matches/index.wxss': '@import "../sub-common/abc.wxss";',
  'pkg-enterprise/jobs/index.wxss': '/* .match-card{} */',
}
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), text)
}
const index = styleIndex(root)

test('reads class selectors, not declarations or at-rule preludes', () => {
  expect([...styledClasses(files['common.wxss']!)].sort()).toEqual(['btn', 'btn--primary', 'wide'])
})

test('a page that renders another page’s chip is reported, with where the chip is styled', () => {
  expect(unstyledOn(index, 'pages/profile/index', ['profile', 'btn', 'chain-chip', 'chain-chip--active'])).toEqual([
    '.chain-chip — styled only in pages/jobs/index.wxss',
    '.chain-chip--active — styled only in pages/jobs/index.wxss',
  ])
})

test('app.wxss with its imports, the page’s wxss with its imports, and unstyled names pass', () => {
  expect(unstyledOn(index, 'pages/jobs/index', ['page', 'btn', 'wide', 'chain-chip', 'plain-name'])).toEqual([])
  expect(unstyledOn(index, 'pkg-enterprise/matches/index', ['match-card'])).toEqual([])
  expect(unstyledOn(index, 'pkg-enterprise/jobs/index', ['match-card'])).toEqual(['.match-card — styled only in pkg-enterprise/sub-common/abc.wxss'])
})
