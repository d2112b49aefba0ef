import { welcomeMail } from '../alpha/emails/welcome';

export const betaGreeting = welcomeMail;
