export * from './check';
export * from './context';
export * from './severity';
export * from './catalogue';
export { runChecks } from './run-checks';
export * from './check-runner';
export * from './register';
