import { ASSESSMENT_FIELDS, textField } from '../../shared/model';

/** Label, length limit and help for an assessment field, as the model defines them once. */
export function assessmentField(key: 'name' | 'organisation' | 'assessor'): { label: string; maxLength: number; help: string } {
  const { label, maxLength, help } = textField(ASSESSMENT_FIELDS, key);
  return { label, maxLength, help };
}
