import type { Command } from '../io';

// Placeholder until the command lands; replaced by its owner.
export const goalsCommand: Command = {
  name: 'goals',
  summary: { sv: '(under arbete)', en: '(in progress)' },
  run: async (_args, io) => {
    io.err('not built yet');
    return 2;
  },
};
