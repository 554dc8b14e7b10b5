import type { Catalog } from './types';

export const reportMessages: Catalog = {};
