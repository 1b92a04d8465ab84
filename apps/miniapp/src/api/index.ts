export { ApiError, errorMessage, problemToError } from './api-error'
export { call, buildUrl, type Query } from './request'
export { getToken, setToken, clearToken } from './token'
