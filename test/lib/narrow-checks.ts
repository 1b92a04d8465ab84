/**
 * What a newcomer's walk at 360–390 px (decision 061) found besides clipped text (./text-zoom.ts): facts that run on
 * as one line, line breaks drawn as one paragraph, a demo banner whose warning the ellipsis cuts, and record ids shown
 * as text. Each answers the texts at
 * fault, so an assertion prints what a reader would have seen.
 */
import type { Page } from 'playwright-core'

/**
 * Two `名称：值` facts drawn on one line: two Texts meant as lines of their own but laid out inline, so the reader
 * sees 「网页登录账号名：demo_student微信登录：已关联」. A fact whose first line box shares a line with another fact's
 * box to its left ran on.
 */
export function findRunOnFacts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const fact = /^[\u4e00-\u9fffA-Za-z0-9（）()]{1,12}：/
    const facts: { el: Element; text: string; rects: DOMRect[] }[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? ''
      const el = n.parentElement
      if (!el || !fact.test(text) || !el.checkVisibility()) continue
      const range = document.createRange()
      range.selectNodeContents(n)
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0)
      if (rects.length) facts.push({ el, text, rects })
    }
    const runOn = new Set<string>()
    for (const a of facts) {
      const first = a.rects[0]!
      for (const b of facts) {
        if (b.el === a.el) continue
        const sameLine = b.rects.some((r) => Math.min(r.bottom, first.bottom) - Math.max(r.top, first.top) > first.height / 2 && r.right <= first.left + 1)
        if (sameLine) runOn.add(`${b.text.slice(0, 16)} | ${a.text.slice(0, 16)}`)
      }
    }
    return [...runOn]
  })
}

/**
 * Texts holding line breaks that the page draws as one paragraph (white-space collapsing them): a job's 岗位职责,
 * 任职要求 and 福利待遇, written as three lines, ran on as one.
 */
export function findLostLineBreaks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>()
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      if (!el || !/\S\n\s*\S/.test(n.textContent ?? '') || !el.checkVisibility()) continue
      const ws = getComputedStyle(el).whiteSpace
      if (ws === 'normal' || ws === 'nowrap') found.add((n.textContent ?? '').trim().slice(0, 24))
    }
    return [...found]
  })
}

/** The demo banner's warning when the ellipsis cuts it (its text wider than its box); null when it is whole or absent. */
export function cutDemoBanner(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const text = [...document.querySelectorAll('.demo-banner__text')].find((el) => el.checkVisibility())
    return text && text.scrollWidth > text.clientWidth + 1 ? `${text.textContent} (${text.clientWidth} of ${text.scrollWidth} px shown)` : null
  })
}

/** Visible texts holding a record id (cuid, 25 characters from c): an id means nothing to the person reading. */
export function findShownIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>()
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? ''
      if (/\bc[a-z0-9]{24}\b/.test(text) && n.parentElement?.checkVisibility()) found.add(text.trim().slice(0, 40))
    }
    return [...found]
  })
}

/**
 * Tap targets smaller than 44 × 44 CSS px at the 375-px design width (88 design px; WeChat's and iOS's smallest
 * comfortable tap): chips, tabs, links, buttons and text boxes. Sizes are measured at the page's width and scaled to 375 by the
 * root font size, which Taro's H5 script sets to 20 px at 375 wide (rem = 40 × width / 750). Answers `text (w × h)`.
 */
export function findSmallTapTargets(page: Page, min = 44): Promise<string[]> {
  return page.evaluate((min) => {
    const root = parseFloat(getComputedStyle(document.documentElement).fontSize)
    const at375 = (px: number) => (px * 20) / root
    const found = new Set<string>()
    // The page's own controls (Taro's H5 Button is a div.taro-button-core) and the text boxes a finger taps to type in
    // (Taro's H5 Input draws a native input); the tab bar and title bar are Taro's own.
    const controls = document.querySelectorAll(
      ['[role="button"]', '[role="radio"]', '[role="tab"]', '[role="link"]', 'a[href]', 'button', '.taro-button-core', 'input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"])']
        .map((s) => `.taro_page ${s}`)
        .join(', '),
    )
    for (const el of controls) {
      if (!el.checkVisibility()) continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0) continue
      const [w, h] = [at375(r.width), at375(r.height)]
      // Half a pixel of rounding (the root font size is fractional at 360 px).
      if (w < min - 0.5 || h < min - 0.5) found.add(`${(el.getAttribute('aria-label') || (el as HTMLInputElement).placeholder || el.textContent || '').trim().slice(0, 16)} (${w.toFixed(0)} × ${h.toFixed(0)})`)
    }
    return [...found]
  }, min)
}

/**
 * Wrapped grey notes (`.muted`) whose lines stand further apart than their own line height: an inline Text took its
 * line box from the card's larger inherited font, so a two-line note in 14-px type (line height 22 px) stood 32 px apart
 * (decision 079). Measured from the note's own line boxes (one rect per line of each text node): the pitch between its
 * first two lines against the note's own computed line height (a note given a generous line height on purpose is not
 * loose). Answers `text (pitch / line height px)`.
 */
export function findLooseNotes(page: Page, slack = 2): Promise<string[]> {
  return page.evaluate((slack) => {
    const found = new Set<string>()
    for (const el of document.querySelectorAll('.taro_page .muted')) {
      if (!el.checkVisibility()) continue
      const range = document.createRange()
      range.selectNodeContents(el)
      const tops = [...new Set([...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => Math.round(r.top)))].sort((a, b) => a - b)
      if (tops.length < 2) continue
      const style = getComputedStyle(el)
      const own = style.lineHeight === 'normal' ? Number.parseFloat(style.fontSize) * 1.5 : Number.parseFloat(style.lineHeight)
      const pitch = tops[1]! - tops[0]!
      if (pitch > own + slack) found.add(`${(el.textContent ?? '').trim().slice(0, 16)} (${pitch} / ${own.toFixed(1)} px)`)
    }
    return [...found]
  }, slack)
}

/**
 * Code in the page's visible text: an enum key or error code (snake_case, SCREAMING_SNAKE) or a lower-case English
 * word (undefined, null, error, pending) that leaked into the UI. Acronyms and names the data holds (PLC, SolidWorks,
 * a credit code's letters) are not code; nor are file formats people type (xlsx), nor an e-mail address a unit gave
 * (its contact's, read-only on 单位资料 and 附件2, decision 098). Answers `word: text`.
 */
export function findEnglish(page: Page, allowed: readonly string[] = ['xlsx', 'xls', 'csv']): Promise<string[]> {
  return page.evaluate((allowed) => {
    const found = new Set<string>()
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      if (!el?.closest('.taro_page') || el.closest('script, style, input, textarea') || !el.checkVisibility()) continue
      const text = (n.textContent ?? '').replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ' ')
      for (const word of text.match(/[A-Za-z0-9_]+/g) ?? []) {
        const code = /^[A-Za-z]+_[A-Za-z_]+$/.test(word) || /^[a-z]{3,}$/.test(word)
        if (code && !allowed.includes(word)) found.add(`${word}: ${(n.textContent ?? '').trim().slice(0, 30)}`)
      }
    }
    return [...found]
  }, allowed as string[])
}

/**
 * Short control labels (tabs, buttons, chips whose whole text is at most `max` characters) broken over lines: at 1.5× text a button of
 * three in a row drew 通 over 过 and a tab 单位认 over 证 (decision 084). A label that fits no line should be given a
 * place to break (单位 · 认证) or room, never split inside a word. Answers `text (lines)`.
 */
export function findBrokenLabels(page: Page, max = 8): Promise<string[]> {
  return page.evaluate((max) => {
    const found = new Set<string>()
    for (const el of document.querySelectorAll('.taro_page [role="tab"], .taro_page [role="button"], .taro_page .taro-button-core, .taro_page [role="radio"]')) {
      // The control's whole label: a card that is a button holds many short texts, which wrap as any text does.
      const text = (el.textContent ?? '').replace(/[\u200b\s]/g, '')
      if (!el.checkVisibility() || text.length < 2 || text.length > max) continue
      // Each text of it on one line: a label kept as whole words (单位 · 认证) may break between them, not inside one.
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const range = document.createRange()
        range.selectNodeContents(n)
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => Math.round(r.top)))
        if (lines.size > 1) found.add(`${text} (${lines.size} lines)`)
      }
    }
    return [...found]
  }, max)
}
