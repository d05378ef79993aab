import { asSystemId, createSystem, textField, SYSTEM_FIELDS, type SystemId, type SystemRecord } from '../model';

/** The longest system name a record holds. */
export const SYSTEM_NAME_LENGTH = textField(SYSTEM_FIELDS, 'name').maxLength;

/** How two spellings of a system name are told to be the same system: trimmed, spaces collapsed, case ignored. */
export function systemKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The systems an import creates, one per distinct name among the sources and destinations. The
 * first spelling seen names the system; later spellings that differ only in case or spacing
 * ("xero", " Xero ") are the same system. Each gets a new id, a position at the origin (the
 * layout is worked out afterwards) and every other field blank.
 */
export class SystemDirectory {
  private readonly byKey = new Map<string, SystemRecord>();
  /** Keys of names as written, already worked out: an inventory names the same few systems thousands of times. */
  private readonly keyByWriting = new Map<string, string>();

  constructor(private readonly newId: () => string) {}

  /** Whether two names as written are the same system. */
  same(a: string, b: string): boolean {
    return a === b || this.keyOf(a) === this.keyOf(b);
  }

  /** The id of the system called `name`, created on first sight. `name` is trimmed and fits a system name. */
  idFor(name: string): SystemId {
    const key = this.keyOf(name);
    let system = this.byKey.get(key);
    if (!system) {
      system = createSystem({ id: this.uniqueId(), position: { x: 0, y: 0 }, name });
      this.byKey.set(key, system);
    }
    return system.id;
  }

  private keyOf(name: string): string {
    let key = this.keyByWriting.get(name);
    if (key === undefined) this.keyByWriting.set(name, (key = systemKey(name)));
    return key;
  }

  /** Every system created, in the order first seen. */
  systems(): SystemRecord[] {
    return [...this.byKey.values()];
  }

  private readonly used = new Set<string>();

  private uniqueId(): SystemId {
    let id = this.newId();
    // A host's id source should never repeat, but a repeat would silently merge two systems.
    for (let tries = 0; this.used.has(id) && tries < 100; tries++) id = this.newId();
    this.used.add(id);
    return asSystemId(id);
  }
}
