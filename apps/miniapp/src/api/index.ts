export { ApiError, errorMessage, problemToError } from './api-error'
export { request, buildUrl, type Method, type Query, type RequestOptions } from './request'
export { getToken, setToken, clearToken } from './token'
