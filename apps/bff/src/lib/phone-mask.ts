import { canonicalPhone, MOBILE_OR_LANDLINE } from '@zhilian/shared/contracts/list-fields'

/** 138****1234: enough to recognise, not enough to call. */
export const maskPhone = (phone: string) => (phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****')

/**
 * A name shown where the student gave no consent to their phone (the check-in desk; the default name of a new
 * account): a phone number as people write it is masked, anything else shown as is. Account names may be phone
 * numbers (decision 045), and a name is not consent to show the number (decision 060).
 */
export function maskedIfPhone(name: string): string {
  const phone = canonicalPhone(name)
  return MOBILE_OR_LANDLINE.test(phone) ? maskPhone(phone) : name
}
