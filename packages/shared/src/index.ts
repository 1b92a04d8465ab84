// Everything here is safe for the mini-program bundle: no node built-ins.
// Node-only reference data lives at '@zhilian/shared/reference'.
export * from './errors'
export * from './contracts/enums'
export * from './rules/uscc'
