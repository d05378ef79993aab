export * from './map-filter';
