/**
 * The published guidance the checks rest on, named the way a reader can find it. Each check's
 * reference cites these by name (never by a file number of ours), next to the standards it follows.
 */
export const SOURCES = {
  /** Layered governance for integrations business users build: authentication, authorisation, data rules. */
  governance: 'Unito, "How to Set Up Integration Governance for Business Users"',
  /** Credential sprawl, uncontrolled data exposure, orphaned connections and update exposure. */
  security: 'ONEiO, "Integration security" (J. Kärkkäinen, 2026)',
  /** Charity IT guidance: finding integrations, documenting them, the risk register rule. */
  mapping: 'Charity IT security guidance, "Integration mapping"',
  /** The minimum security bar for choosing an integration tool. */
  toolSecurity: 'Integration tool security checklist',
  /** Planning integrations: environment maps, ownership, authoritative sources of data. */
  planning: 'IT tool integration planning guidance',
} as const;
