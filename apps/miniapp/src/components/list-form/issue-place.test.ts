import { demandForm } from '@zhilian/shared/forms/demand-form'
import { describe, expect, it } from 'vitest'
import { stepsOf } from './form-steps'
import { issuePlace } from './issue-place'

describe('where 提交前检查 says an issue no field shows belongs', () => {
  const steps = stepsOf(demandForm)
  it('names the step of a group the issue is about as a whole, never its path', () => {
    expect(issuePlace(steps, 'org')).toEqual({ label: '第1步「基本信息」', step: 0 })
    expect(issuePlace(steps, 'jobs')).toEqual({ label: '第2步「岗位需求」', step: 1 })
  })
  it('calls an issue on the whole list or on a key no step has 整份清单', () => {
    expect(issuePlace(steps, '')).toEqual({ label: '整份清单' })
    expect(issuePlace(steps, 'notAField.0')).toEqual({ label: '整份清单' })
  })
})
