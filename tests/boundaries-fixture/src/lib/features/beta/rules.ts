import { sample } from '../alpha/rules.test';

export const betaSample = sample;
