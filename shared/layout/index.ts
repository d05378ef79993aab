export { layeredLayout, SYSTEM_BOX, type LayoutOptions } from './layered-layout';
