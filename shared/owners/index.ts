export * from './owners';
export * from './new-owner';
