export * from './check';
export * from './context';
export * from './severity';
export * from './catalogue';
export * from './run-checks';
export * from './register';
