/**
 * Nothing on H5: browsers allow zod's compiled parsers. The WeChat build takes zod-jitless.weapp.ts instead
 * (Taro picks `name.weapp.ts` over `name.ts` for that platform), so zod stays out of the H5 app's entry chunk.
 */
export {}
