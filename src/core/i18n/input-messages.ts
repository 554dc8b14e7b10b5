import type { Catalog } from './types';

export const inputMessages: Catalog = {};
