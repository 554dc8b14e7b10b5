import type { Catalog } from './types';

export const ledgerMessages: Catalog = {};
