import { bundleHandlers } from './bundle'

export const handlers = [...bundleHandlers]
