import { useStore } from 'zustand';
import { useServices } from '../app/services';

/** The assessor's name as the app's settings hold it; blank until given. */
export function useAssessorName(): string {
  return useStore(useServices().settings, (s) => s.assessorName);
}
