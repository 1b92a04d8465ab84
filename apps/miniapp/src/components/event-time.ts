// Event pages import their time helpers from here; they live in lib/beijing-time with the rest.
export { clock, dayTime, isSameShanghaiDay, shanghai, spanText } from '../lib/beijing-time'
