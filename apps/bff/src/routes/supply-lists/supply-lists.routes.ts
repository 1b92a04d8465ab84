import { listRoutes } from '../../lists/list-routes'

export const { mine, saveSection, submit, versions } = listRoutes('supply-lists', 'college', '附件1 supply list')
