/**
 * A finger pulling a page down from its top (decision 106): real touch events through the DevTools protocol, as
 * Playwright's touchscreen only taps. Taro's H5 pull-down component refreshes once the damped drag passes 50 px.
 */
import type { Page } from 'playwright-core'

export async function pullDown(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  try {
    const x = Math.round((page.viewportSize()?.width ?? 360) / 2)
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y?: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: y === undefined ? [] : [{ x, y }] })
    await touch('touchStart', 240)
    for (let y = 260; y <= 560; y += 20) await touch('touchMove', y)
    await touch('touchEnd')
  } finally {
    await cdp.detach()
  }
}
