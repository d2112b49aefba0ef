export const aboutLoad = () => ({ title: 'over' });
