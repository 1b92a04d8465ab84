// Without zod, so the H5 app's first view can name errors without loading the contracts (see api-error.ts).

/**
 * One error vocabulary for the whole platform. The BFF answers every failure as
 * application/problem+json shaped like `ProblemSchema`; the mini-program shows `message`
 * (Chinese, written for the person holding the phone) and may branch on `code`.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, message: '提交的内容有误，请按提示修改后重试' },
  BAD_REQUEST: { status: 400, message: '请求格式不正确' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  SESSION_EXPIRED: { status: 401, message: '登录已过期，请重新登录' },
  INVALID_CREDENTIALS: { status: 401, message: '账号或密码错误' },
  /** An administrator disabled this account (decision 074): the message names who, so the person knows whom to ask. */
  ACCOUNT_DISABLED: { status: 401, message: '您的账号已被停用，请联系上级管理员重新启用' },
  FORBIDDEN: { status: 403, message: '您没有权限进行此操作' },
  /** The password was right but is an owner's temporary one (decision 063): sign in again with a new password. */
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: '这是为您设置的临时密码，请设置新密码后登录' },
  NOT_VERIFIED: { status: 403, message: '所在单位尚未通过审核，暂不能进行此操作' },
  NOT_FOUND: { status: 404, message: '内容不存在或已被删除' },
  CONFLICT: { status: 409, message: '操作与当前状态冲突，请刷新后重试' },
  DUPLICATE: { status: 409, message: '该记录已存在' },
  INVALID_TRANSITION: { status: 409, message: '当前状态下不能进行此操作' },
  /** An administrator suspended the unit (decision 083): none of its jobs goes live until it is restored. */
  UNIT_SUSPENDED: { status: 409, message: '该单位已被管理员暂停，其岗位暂不能上线招聘' },
  CAPACITY_FULL: { status: 409, message: '名额已满' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '文件过大' },
  UNSUPPORTED_MEDIA: { status: 415, message: '不支持的文件类型' },
  IMPORT_FAILED: { status: 422, message: '导入失败，请根据错误清单修改后重新上传' },
  RATE_LIMITED: { status: 429, message: '操作过于频繁，请稍后再试' },
  /** The wx.login code was invalid, expired or used: the client's to fix by signing in again. */
  WECHAT_CODE_INVALID: { status: 400, message: '登录凭证无效或已过期，请重新打开小程序后再试' },
  WECHAT_LOGIN_FAILED: { status: 502, message: '微信登录失败，请重新打开小程序后再试' },
  UPSTREAM_UNAVAILABLE: { status: 503, message: '服务暂时不可用，请稍后再试' },
  INTERNAL: { status: 500, message: '系统繁忙，请稍后再试' },
} as const satisfies Record<string, { status: number; message: string }>

export type ErrorCode = keyof typeof ERROR_CODES
