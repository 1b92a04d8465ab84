import { searchMajors } from '../../api/lists'

/**
 * Names already known on this phone, by code: a pick from MajorPicker records it, a code the draft or a workbook brought
 * is looked up once. A list row stores only the 6-digit code, but the form's label promises 专业代码及名称.
 */
const known = new Map<string, string>()
/** Look-ups under way, so the rows of a list that share a major ask for it once. */
const asking = new Map<string, Promise<void>>()

export function lookUpMajor(code: string): Promise<void> {
  let pending = asking.get(code)
  if (!pending) {
    // Retired majors are not offered by the search: their code stays on its own.
    pending = searchMajors(code)
      .then((found) => {
        const hit = found.find((m) => m.code === code)
        if (hit) known.set(code, hit.name)
      })
      // A failed look-up may be tried again by the next render that needs it.
      .catch(() => void asking.delete(code))
    asking.set(code, pending)
  }
  return pending
}

export function rememberMajor(code: string, name: string) {
  known.set(code, name)
}

export const isMajorKnown = (code: string) => known.has(code)

/** The major as 代码 名称 (the code alone while the name loads, or when the catalogue no longer lists it). */
export function majorText(code: string): string {
  const name = known.get(code)
  return name ? `${code} ${name}` : code
}

/** Tests: the next test file starts on a phone that knows no names yet (files share modules, decision 103). */
export function forgetMajorNames() {
  known.clear()
  asking.clear()
}
