import type {
  DeliveryMode, DestinationType, Education, EnterpriseNature, IpKind, JobType, ResearchLevel, SkillLevel,
} from '../contracts/enums'

/** The English keys of the vocabularies the scorers read (their inputs are plain objects). */
export type EducationKey = keyof typeof Education.labels
export type SkillLevelKey = keyof typeof SkillLevel.labels
export type JobTypeKey = keyof typeof JobType.labels
export type DeliveryModeKey = keyof typeof DeliveryMode.labels
export type EnterpriseNatureKey = keyof typeof EnterpriseNature.labels
export type DestinationTypeKey = keyof typeof DestinationType.labels
export type ResearchLevelKey = keyof typeof ResearchLevel.labels
export type IpKindKey = keyof typeof IpKind.labels

/** 中职 and 高中 are the same tier; 不限 sits below everything. */
export const EDUCATION_RANK: Record<EducationKey, number> = {
  none: 0, secondary_vocational: 1, high_school: 1, associate: 2, bachelor: 3, master: 4,
}

export const SKILL_LEVEL_RANK: Record<SkillLevelKey, number> = {
  basic: 1, intermediate: 2, advanced: 3, technician: 4, senior_technician: 5,
}
