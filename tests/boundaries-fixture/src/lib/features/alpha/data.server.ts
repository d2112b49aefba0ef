import { aboutLoad } from '../../../routes/about/+page.server';

export const readAlpha = () => aboutLoad;
