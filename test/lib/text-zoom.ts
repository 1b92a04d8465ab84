/**
 * Text zoom for Chromium, as Android's WebView applies the system font scale (and WeChat's 关怀模式): every font
 * size the stylesheets set is multiplied, layout sizes (widths, heights, paddings, line boxes in px) are not.
 * Chromium has no such switch outside Android, so a script scales each element's declared font size once; an
 * element that only inherits its size is left alone and inherits the scaled one.
 */
import type { BrowserContext, Page } from 'playwright-core'

export async function installTextZoom(context: BrowserContext, zoom: number): Promise<void> {
  await context.addInitScript((factor: number) => {
    const original = new WeakMap<Element, number>()
    const scale = (el: Element) => {
      if (original.has(el)) return
      const size = parseFloat(getComputedStyle(el).fontSize)
      original.set(el, size)
      const parent = el.parentElement
      // Parents are scaled first, so an element that only inherits already shows the parent's scaled size.
      if (parent && parseFloat(getComputedStyle(parent).fontSize) === size) return
      ;(el as HTMLElement).style?.setProperty('font-size', `${size * factor}px`)
    }
    const walk = (root: Element) => {
      scale(root)
      for (const el of root.querySelectorAll('*')) scale(el)
    }
    const start = () => {
      document.documentElement.dataset.textZoom = String(factor)
      walk(document.body)
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) walk(n)
      }).observe(document.body, { childList: true, subtree: true })
    }
    if (document.body) start()
    else document.addEventListener('DOMContentLoaded', start)
  }, zoom)
}

export interface TextProblems { clipped: string[]; overlapping: string[] }

/**
 * Text the reader can't fully see: a box that hides part of its own text (overflow hidden without an ellipsis that
 * says "more"), or two texts drawn over each other. Only texts wholly on screen are checked; content scrolled under
 * the fixed title, tab and bottom bars is not overlap. findTextProblemsScrolling runs it over the whole page.
 */
export function findTextProblems(page: Page): Promise<TextProblems> {
  return page.evaluate(() => {
    const label = (el: Element) => `${el.className || el.tagName}: ${(el.textContent ?? '').trim().slice(0, 24)}`
    const visible = (el: Element) => {
      const s = getComputedStyle(el)
      return s.display !== 'none' && s.visibility !== 'hidden' && Number(s.opacity) > 0
    }
    // The bars content scrolls under: the title bar, the tab bar, and a page's own fixed or sticky bars (the jobs
    // tab's search and filters, a bottom bar with 申请 or 报名). A full-screen mask is not a bar.
    const barEls = [...document.querySelectorAll('body *')].filter((el) => {
      if (el.matches('.weui-tabbar, #taro-navigation-bar')) return visible(el)
      const p = getComputedStyle(el).position
      return (p === 'fixed' || p === 'sticky') && visible(el) && el.getBoundingClientRect().height < innerHeight * 0.9
    })
    const bars = barEls.map((b) => b.getBoundingClientRect())
    const inBar = (el: Element) => barEls.some((b) => b.contains(el))
    const under = (r: DOMRect) => bars.some((b) => r.bottom > b.top && r.top < b.bottom)
    // The part of a text that is drawn: a box that hides overflow with an ellipsis cuts the rest off on purpose, and
    // that hidden rest can't overlap anything (a one-line title beside its salary).
    const drawn = (el: Element, rect: DOMRect) => {
      let { left, top, right, bottom } = rect
      for (let box: Element | null = el; box && box !== document.body; box = box.parentElement) {
        const s = getComputedStyle(box)
        if (s.textOverflow !== 'ellipsis' || (s.overflowX !== 'hidden' && s.overflowX !== 'clip')) continue
        const b = box.getBoundingClientRect()
        left = Math.max(left, b.left)
        right = Math.min(right, b.right)
      }
      return new DOMRect(left, top, Math.max(0, right - left), bottom - top)
    }

    // Elements that hold text of their own.
    const texts: { el: Element; rect: DOMRect }[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim() || !n.parentElement || !visible(n.parentElement)) continue
      const range = document.createRange()
      range.selectNodeContents(n)
      const rect = drawn(n.parentElement, range.getBoundingClientRect())
      // Only texts wholly on screen: one the screen's edge cuts is scrolled, not clipped (the next position sees it).
      if (rect.width < 1 || rect.height < 1 || rect.top < 0 || rect.bottom > innerHeight) continue
      if (!inBar(n.parentElement) && under(rect)) continue
      texts.push({ el: n.parentElement, rect })
    }

    const clipped = new Set<string>()
    for (const { el, rect } of texts) {
      // Walk up to every box that hides overflow and see whether it cuts this text. Past a box that scrolls sideways
      // (a row of chips), the text is reached by swiping that row: an outer box hiding it sideways does not cut it.
      let swipedTo = false
      for (let box: Element | null = el; box && box !== document.body; box = box.parentElement) {
        const s = getComputedStyle(box)
        const hidesX = !swipedTo && (s.overflowX === 'hidden' || s.overflowX === 'clip')
        swipedTo ||= (s.overflowX === 'auto' || s.overflowX === 'scroll') && box.scrollWidth > box.clientWidth
        const hidesY = s.overflowY === 'hidden' || s.overflowY === 'clip'
        if (!hidesX && !hidesY) continue
        const b = box.getBoundingClientRect()
        const ellipsis = getComputedStyle(el).textOverflow === 'ellipsis' || s.textOverflow === 'ellipsis'
        if (hidesY && (rect.bottom > b.bottom + 1 || rect.top < b.top - 1)) clipped.add(label(el))
        if (hidesX && !ellipsis && (rect.right > b.right + 1 || rect.left < b.left - 1)) clipped.add(label(el))
      }
    }

    const overlapping = new Set<string>()
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i]!
        const b = texts[j]!
        if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue
        const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left)
        const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top)
        if (w > 2 && h > 2) overlapping.add(`${label(a.el)} ⟷ ${label(b.el)}`)
      }
    }
    return { clipped: [...clipped], overlapping: [...overlapping] }
  })
}

/** Scrolls the page (the document and every scrolling box in it) by `dy`, or to its end; true if anything moved. */
function scrollBy(page: Page, dy: number | 'end'): Promise<boolean> {
  return page.evaluate(async (by) => {
    const scrollers = [document.scrollingElement, ...document.querySelectorAll('*')].filter((el): el is Element => {
      if (!el || el.scrollHeight <= el.clientHeight + 1) return false
      if (el === document.scrollingElement) return true
      const y = getComputedStyle(el).overflowY
      return y === 'auto' || y === 'scroll'
    })
    let moved = false
    for (const el of scrollers) {
      const before = el.scrollTop
      el.scrollTop = by === 'end' ? el.scrollHeight : before + by
      moved ||= el.scrollTop !== before
    }
    // Two frames: the scroll and the sticky bar's new place are painted before anything is measured.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    return moved
  }, dy)
}

/**
 * findTextProblems over the whole page, half a screen at a time: a text the screen's edge cuts at one position is
 * whole at the next, so only a box that really hides its text is reported.
 */
export async function findTextProblemsScrolling(page: Page): Promise<TextProblems> {
  const clipped = new Set<string>()
  const overlapping = new Set<string>()
  const halfScreen = await page.evaluate(() => Math.floor(innerHeight / 2))
  for (let step = 0; step < 40; step++) {
    const found = await findTextProblems(page)
    for (const c of found.clipped) clipped.add(c)
    for (const o of found.overlapping) overlapping.add(o)
    if (!(await scrollBy(page, halfScreen))) break
  }
  return { clipped: [...clipped], overlapping: [...overlapping] }
}

/**
 * Texts a page's bottom bar (申请, 报名…) still covers when the page is scrolled to its very end: the space kept for
 * the bar is shorter than the bar, so those lines can never be read. Scrolls the page to its end.
 */
export async function findCoveredAtEnd(page: Page): Promise<string[]> {
  await scrollBy(page, 'end')
  return page.evaluate(() => {
    const bars = [...document.querySelectorAll('.bottom-bar')].map((b) => b.getBoundingClientRect()).filter((r) => r.height > 0)
    const covered = new Set<string>()
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      if (!n.textContent?.trim() || !el || el.closest('.bottom-bar, .weui-tabbar, #taro-navigation-bar')) continue
      const range = document.createRange()
      range.selectNodeContents(n)
      const r = range.getBoundingClientRect()
      if (r.width < 1 || r.height < 1) continue
      if (bars.some((b) => r.bottom > b.top + 1 && r.top < b.bottom && r.right > b.left && r.left < b.right)) covered.add(`${el.className || el.tagName}: ${(n.textContent ?? '').trim().slice(0, 24)}`)
    }
    return [...covered]
  })
}
