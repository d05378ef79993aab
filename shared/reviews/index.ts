export * from './review-state';
export * from './review-plan';
