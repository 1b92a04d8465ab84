import { describe, expect, it } from 'vitest'
import { missingStyleImports, readSources, usedClasses } from './test/style-imports'

// __dirname, not import.meta.url: jsdom mode turns the latter into a web URL.
const sources = readSources(__dirname)
/** The same sources with one line taken out of one file. */
const without = (file: string, line: string) => {
  const files = new Map(sources.files)
  const text = files.get(file)!
  expect(text, `${file} holds ${line}`).toContain(line)
  files.set(file, text.replace(`${line}\n`, ''))
  return { files }
}

// Decision 046: on H5 a stylesheet is loaded with the module that imports it, so a class styled in a sheet its file
// does not import looks right only after another page has loaded that sheet (issue 16, decision 043). On WeChat a
// subpackage's page gets only the styles its own modules import, so the same rule holds there.
describe('each component imports the stylesheet of every class it uses', () => {
  it('holds for every .tsx under src/', () => {
    expect(missingStyleImports(sources)).toEqual([])
  })

  it('fails when one import is taken away: a sub-component whose page imports the sheet still needs its own', () => {
    expect(missingStyleImports(without('pkg-org/members/InviteCard.tsx', "import './index.css'"))).toEqual([
      { file: 'pkg-org/members/InviteCard.tsx', className: 'invite-card__code', styledIn: ['pkg-org/members/index.css'] },
      { file: 'pkg-org/members/InviteCard.tsx', className: 'invite-card__digits', styledIn: ['pkg-org/members/index.css'] },
      { file: 'pkg-org/members/InviteCard.tsx', className: 'invite-card__make', styledIn: ['pkg-org/members/index.css'] },
    ])
    expect(missingStyleImports(without('components/Chip.tsx', "import './ChainChips.css'")).map((m) => `${m.file} ${m.className}`)).toEqual([
      'components/Chip.tsx chain-chip',
      'components/Chip.tsx chain-chip--active',
    ])
  })

  it('does not count a sheet that styles the class only inside another block', () => {
    // jobs-page.css styles `.jobs-sticky .search-bar`: importing it does not give a search bar its own look.
    const files = new Map(sources.files)
    files.set('pages/jobs/Probe.tsx', "import './jobs-page.css'\nexport const P = () => <View className='search-bar' />\n")
    expect(missingStyleImports({ files })).toEqual([{ file: 'pages/jobs/Probe.tsx', className: 'search-bar', styledIn: ['components/SearchBar.css'] }])
  })

  it('reads class names from strings, conditions and templates, not the built-up ones', () => {
    // Escaped, so the string holds a scanned file's own `${…}` rather than filling it in.
    const tsx = `<View className={\`chip\${on ? ' chip--on' : ''} tag--\${tone}\`} /><Text className='a b' /><X className={ok ? "c" : 'd'} />`
    expect([...usedClasses(tsx)].sort()).toEqual(['a', 'b', 'c', 'chip', 'chip--on', 'd'])
  })
})
