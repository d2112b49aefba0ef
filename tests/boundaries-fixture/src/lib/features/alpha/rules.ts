import { mayWelcome } from './policy';

export const welcomeRule = () => mayWelcome();
