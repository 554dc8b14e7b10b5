import type { Catalog } from './types';

export const goalMessages: Catalog = {};
