import type { OrgPermission } from '@zhilian/shared/rules/org-roles'
import { whoMay } from '../lib/use-org-permissions'

/**
 * The workbench row of 附件1 / 附件2: 填写 for a role that fills lists, 查看 with whom to ask for one that only reads
 * them (decision 091), so the row says what the page will allow before it is opened.
 */
export function listLink(name: string, contents: string, may: Set<OrgPermission>, url: string) {
  const lead = contents ? `${contents}；` : ''
  return may.has('lists')
    ? { text: name, hint: `${lead}分步填写或 Excel 导入`, url }
    : { text: `查看${name}`, hint: `${lead}您的角色只能查看，${whoMay('lists')}可以填写`, url }
}
