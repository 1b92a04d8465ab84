/** Catalogue vocabulary with no file access, so contracts (which also run in the mini-program) can use it. */

/** The three levels of 《职业教育专业目录（2021年）》, lowest first. */
export const MAJOR_LEVELS = ['中职', '高职专科', '职业本科'] as const
export type MajorLevel = (typeof MAJOR_LEVELS)[number]
/** Statuses a row of majors.csv can carry; the database adds `retired` for majors no longer in the file. */
export const MAJOR_STATUSES = ['active', 'renamed', 'withdrawn'] as const
export type MajorStatus = (typeof MAJOR_STATUSES)[number]
/** 6 digits, with K for the nationally controlled (国控) majors. */
export const MAJOR_CODE_PATTERN = /^\d{6}K?$/
/** 《职业分类大典（2022年版）》 细类 code, e.g. 6-18-01-01. */
export const OCCUPATION_CODE_PATTERN = /^\d-\d{2}-\d{2}-\d{2}$/
