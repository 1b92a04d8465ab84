/**
 * What the H5 build gives Taro's request module in place of its fetch and AbortController polyfills (the alias in
 * config/index.ts): nothing. Every browser the H5 build targets has both natively (decision 040).
 */
export {}
