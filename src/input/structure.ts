/**
 * The structure of a schedule document, checked by the validator generated
 * from the format's one definition (format.ts → structure.generated.ts).
 * Each fault is kept at the JSON pointer of the value at fault, for the
 * reader to word when it comes to that value: problems are then told in the
 * order the reader reads, each beside the checks of meaning of its value.
 */
import { escapePointer } from './json-text.js';
import validator from './structure.generated.js';

/** One fault, as ajv reports it with `verbose`: the keyword that failed and the schema holding it. */
export interface Fault {
  keyword: string;
  params: Record<string, unknown>;
  parentSchema: Record<string, unknown>;
}

/** Faults by JSON pointer. */
export type Faults = ReadonlyMap<string, readonly Fault[]>;

export const NO_FAULTS: Faults = new Map();

interface AjvError extends Fault {
  instancePath: string;
  schemaPath: string;
}

/**
 * Every structural fault of `data`. A missing or unknown field is kept at the
 * field's own pointer. The rules between fields (a derived time with a time
 * of its own, a list the rule needs) and the root's "stations or routes" are
 * the reader's to word at the field it names, so their branches are left out.
 */
export function structuralFaults(data: unknown): Faults {
  const validate = validator() as ((data: unknown) => boolean) & { errors: AjvError[] };
  if (validate(data)) return NO_FAULTS;
  const faults = new Map<string, Fault[]>();
  for (const error of validate.errors) {
    if (
      error.keyword === 'if' ||
      /\/(allOf|then)\//.test(error.schemaPath) ||
      (error.instancePath === '' && /^#\/anyOf\b/.test(error.schemaPath))
    )
      continue;
    let pointer = error.instancePath;
    if (error.keyword === 'required') pointer += `/${escapePointer(String(error.params.missingProperty))}`;
    else if (error.keyword === 'additionalProperties')
      pointer += `/${escapePointer(String(error.params.additionalProperty))}`;
    const at = faults.get(pointer);
    const fault = { keyword: error.keyword, params: error.params, parentSchema: error.parentSchema };
    if (at) at.push(fault);
    else faults.set(pointer, [fault]);
  }
  return faults;
}
