import { Text, View } from '@tarojs/components'
import { fillChainIds } from '@zhilian/shared/rules/chain-majors'
import type { FieldSpec } from './fields'
import { getAt, type Draft } from './paths'
import './ListForm.css'

type Spec = Extract<FieldSpec, { kind: 'chains' }>

/**
 * The chains a list row serves (附件1 ¹). Until the user taps a chip the row holds no choice and shows
 * the default the BFF will store (fillChainIds: a major's chains by the map, other rows the chains of the
 * list's majors); the first tap writes that default with the change, so what is shown is what is saved.
 */
export function ChainsField({ spec, path, draft, onChange }: { spec: Spec; path: string; draft: Draft; onChange: (path: string, value: unknown) => void }) {
  const own = getAt(draft, path)
  const picked = Array.isArray(own) && own.length > 0
  const chosen = picked ? (own as string[]) : defaultAt(draft, path, spec)
  const toggle = (id: string) => onChange(path, chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id])
  return (
    <>
      {/* Chips already on that nobody tapped read as a choice made; a newcomer tapping the chain meant turned it off (decision 113). */}
      {!picked && chosen.length > 0 && <Text className='lf-field__hint'>已按专业自动选中{chosen.length}条，点选可增减</Text>}
      <View className='lf-chips'>
        {Object.entries(spec.chains.labels).map(([id, name]) => (
          <Text role='button' key={id} className={`lf-chip ${chosen.includes(id) ? 'lf-chip--on' : ''}`} onClick={() => toggle(id)}>
            {name}
          </Text>
        ))}
      </View>
    </>
  )
}

/** `path` is "<section>.<row>.chainIds"; the default comes from the whole draft (the list's majors). */
function defaultAt(draft: Draft, path: string, spec: Spec): string[] {
  const [section, row] = path.split('.')
  const filled = fillChainIds(draft as Parameters<typeof fillChainIds>[0], spec.chains.map) as Record<string, { chainIds?: string[] }[] | undefined>
  return filled[section!]?.[Number(row)]?.chainIds ?? []
}
