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
 * says "more"), or two texts drawn over each other. Only what is on screen is checked; content scrolled under the
 * fixed title and tab bars is not overlap.
 */
export function findTextProblems(page: Page): Promise<TextProblems> {
  return page.evaluate(() => {
    const label = (el: Element) => `${el.className || el.tagName}: ${(el.textContent ?? '').trim().slice(0, 24)}`
    const visible = (el: Element) => {
      const s = getComputedStyle(el)
      return s.display !== 'none' && s.visibility !== 'hidden' && Number(s.opacity) > 0
    }
    const bars = [...document.querySelectorAll('.weui-tabbar, #taro-navigation-bar')].filter(visible).map((b) => b.getBoundingClientRect())
    const inBar = (el: Element) => !!el.closest('.weui-tabbar, #taro-navigation-bar')
    const under = (r: DOMRect) => bars.some((b) => r.bottom > b.top && r.top < b.bottom)

    // Elements that hold text of their own.
    const texts: { el: Element; rect: DOMRect }[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim() || !n.parentElement || !visible(n.parentElement)) continue
      const range = document.createRange()
      range.selectNodeContents(n)
      const rect = range.getBoundingClientRect()
      if (rect.width < 1 || rect.height < 1 || rect.bottom <= 0 || rect.top >= innerHeight) continue
      if (!inBar(n.parentElement) && under(rect)) continue
      texts.push({ el: n.parentElement, rect })
    }

    const clipped = new Set<string>()
    for (const { el, rect } of texts) {
      // Walk up to every box that hides overflow and see whether it cuts this text.
      for (let box: Element | null = el; box && box !== document.body; box = box.parentElement) {
        const s = getComputedStyle(box)
        const hidesX = s.overflowX === 'hidden' || s.overflowX === 'clip'
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
