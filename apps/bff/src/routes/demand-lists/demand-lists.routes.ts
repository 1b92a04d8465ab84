import { listRoutes } from '../supply-lists/list-routes'

export const { mine, saveSection, submit, versions } = listRoutes('demand-lists', 'enterprise', '附件2 demand list')
