import { helpId } from './field-types';

/** A field's help sentence; controls point at it with aria-describedby. */
export function FieldHelp({ id, text }: { id: string; text: string }) {
  return <p id={helpId(id)} className="field__help">{text}</p>;
}
