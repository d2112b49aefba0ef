import { welcomeRule } from './rules';

export const mayWelcome = (): boolean => typeof welcomeRule === 'function';
